/**
 * Speech recognition for the transcript providers with an ONNX Whisper export (encoder + decoder graphs,
 * HuggingFace tokenizer.json): Whisper's log-mel front end, greedy decoding with timestamp tokens, and
 * segment-to-word timing.
 */
package dev.ltl.relevance.asr;
