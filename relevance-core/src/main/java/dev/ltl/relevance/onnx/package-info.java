/**
 * ONNX Runtime embedding towers (CLIP image/text, CLAP audio/text, MiniLM sentences) with DJL's
 * HuggingFace tokenizers, and the relevance providers built on them.
 */
package dev.ltl.relevance.onnx;
