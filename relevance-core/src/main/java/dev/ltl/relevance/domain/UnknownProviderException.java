package dev.ltl.relevance.domain;

import java.util.Collection;

/** No provider of that name exists (the request's {@code provider} or ql2l_* suffix is wrong). */
public class UnknownProviderException extends RelevanceInputException {
    public UnknownProviderException(String field, String name, Collection<String> known) {
        super(field, "unknown relevance provider \"" + name + "\"; expected one of " + String.join(", ", known));
    }
}
