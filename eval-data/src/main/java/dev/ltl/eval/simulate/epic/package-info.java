/**
 * {@code ltl simulate epic}: an EPIC-SOUNDS-format benchmark (annotation CSVs, split files, mp4s)
 * built from the AVE simulator's audio-visual events, so the EPIC evaluation runs end to end here.
 */
package dev.ltl.eval.simulate.epic;
