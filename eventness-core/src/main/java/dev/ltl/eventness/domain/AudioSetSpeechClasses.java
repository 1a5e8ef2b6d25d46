package dev.ltl.eventness.domain;

import java.util.Map;

/**
 * The AudioSet classes treated as speech, which the non-speech eventness excludes. Keyed by mid
 * (stable across label files) rather than by display name.
 *
 * <p>Rationale: the AudioSet ontology's "Speech" node and all of its children (male, female and
 * child speech, conversation, narration, babbling, speech synthesizer), plus the classes outside
 * that subtree whose sound is still talk: whispering (a sibling under "Human voice"), and
 * "Hubbub, speech noise, speech babble" and "Chatter" (crowds talking). Shouting, laughter,
 * crying and singing stay in: they are vocal <em>events</em>, which is what eventness looks for,
 * not the running narration that the suppression is meant to ignore.
 */
public final class AudioSetSpeechClasses {

    /** mid → display name of every excluded class. */
    public static final Map<String, String> SPEECH_MIDS = Map.ofEntries(
            Map.entry("/m/09x0r", "Speech"),
            Map.entry("/m/05zppz", "Male speech, man speaking"),
            Map.entry("/m/02zsn", "Female speech, woman speaking"),
            Map.entry("/m/0ytgt", "Child speech, kid speaking"),
            Map.entry("/m/01h8n0", "Conversation"),
            Map.entry("/m/02qldy", "Narration, monologue"),
            Map.entry("/m/0261r1", "Babbling"),
            Map.entry("/m/0brhx", "Speech synthesizer"),
            Map.entry("/m/02rtxlg", "Whispering"),
            Map.entry("/m/07qfr4h", "Hubbub, speech noise, speech babble"),
            Map.entry("/m/07rkbfh", "Chatter"));

    private AudioSetSpeechClasses() {
    }

    /** Whether the class with this mid counts as speech. */
    public static boolean isSpeech(String mid) {
        return mid != null && SPEECH_MIDS.containsKey(mid);
    }
}
