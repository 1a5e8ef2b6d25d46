package dev.ltl.vlm.http;

import java.net.URI;
import java.time.Duration;

/**
 * One OpenAI-compatible chat-completions server (vLLM, SGLang, ...) served under a name.
 *
 * @param name        name clients ask for in {@code AnswerRequest.model}
 * @param baseUrl     server root, e.g. {@code http://gpu-box:8000}; a trailing {@code /v1} is accepted too
 * @param servedModel the model name the server expects in the request body (e.g. {@code Qwen/Qwen2-VL-2B-Instruct})
 * @param apiKey      bearer token, or null when the server needs none
 * @param timeout     limit for one HTTP exchange (connect + answer)
 * @param maxImages   most images one question may carry (servers cap images per prompt)
 * @param imageFormat how images are encoded into the {@code data:} URLs
 */
public record OpenAiBackendConfig(String name, URI baseUrl, String servedModel, String apiKey, Duration timeout,
                                  int maxImages, ImageFormat imageFormat) {

    /** Encoding of images sent to the server: PNG is lossless, JPEG is smaller on the wire. */
    public enum ImageFormat {
        PNG("png", "image/png"),
        JPEG("jpeg", "image/jpeg");

        private final String imageIoName;
        private final String mimeType;

        ImageFormat(String imageIoName, String mimeType) {
            this.imageIoName = imageIoName;
            this.mimeType = mimeType;
        }

        public String imageIoName() {
            return imageIoName;
        }

        public String mimeType() {
            return mimeType;
        }
    }

    public OpenAiBackendConfig {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("backend name is required");
        }
        if (baseUrl == null || baseUrl.getScheme() == null || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("backend " + name + ": base URL '" + baseUrl + "' is not an absolute http(s) URL");
        }
        if (servedModel == null || servedModel.isBlank()) {
            throw new IllegalArgumentException("backend " + name + ": served model is required");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("backend " + name + ": timeout must be positive");
        }
        if (maxImages < 0) {
            throw new IllegalArgumentException("backend " + name + ": max images must be >= 0");
        }
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
        imageFormat = imageFormat == null ? ImageFormat.PNG : imageFormat;
    }

    /** {@code {baseUrl}/v1/chat/completions}, without doubling a {@code /v1} the user already wrote. */
    public URI chatCompletionsUri() {
        String root = baseUrl.toString().replaceAll("/+$", "");
        if (root.endsWith("/v1")) {
            root = root.substring(0, root.length() - 3);
        }
        return URI.create(root + "/v1/chat/completions");
    }

    /** "host:port" of the server: the "device" an HTTP backend reports in the accounting. */
    public String hostAndPort() {
        return baseUrl.getPort() < 0 ? baseUrl.getHost() : baseUrl.getHost() + ":" + baseUrl.getPort();
    }
}
