package dev.ltl.vlm.domain.answer;

/** Whether the prompt is wrapped in the model's chat template or sent raw. */
public enum PromptFormat {
    /** The model's configured default. */
    DEFAULT,
    CHAT_TEMPLATE,
    RAW
}
