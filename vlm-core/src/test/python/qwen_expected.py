#!/usr/bin/env python3
"""Expected values for the Qwen processor tests in dev.ltl.vlm.domain.qwen (run: python3 qwen_expected.py).

Independent implementation of the published Qwen2-VL / Qwen3-VL `smart_resize` rule (transformers
image_processing_qwen2_vl.py), the VoVNet budget pre-resize (vovnet.md 2.2) and the patch flattening
reshape/transpose, with numpy. Not project code: only used to compute numbers pasted into the tests.
"""
import math
import numpy as np


def smart_resize(height, width, factor, min_pixels, max_pixels):
    if max(height, width) / min(height, width) > 200:
        raise ValueError("aspect")
    h_bar = round(height / factor) * factor
    w_bar = round(width / factor) * factor
    if h_bar * w_bar > max_pixels:
        beta = math.sqrt((height * width) / max_pixels)
        h_bar = max(factor, math.floor(height / beta / factor) * factor)
        w_bar = max(factor, math.floor(width / beta / factor) * factor)
    elif h_bar * w_bar < min_pixels:
        beta = math.sqrt(min_pixels / (height * width))
        h_bar = math.ceil(height * beta / factor) * factor
        w_bar = math.ceil(width * beta / factor) * factor
    return h_bar, w_bar


def pre_resize(w, h, long_side, max_pixels):
    s = min(1.0, long_side / max(w, h), math.sqrt(max_pixels / (w * h)))
    return max(1, math.floor(w * s)), max(1, math.floor(h * s))


SIZES = [(1, 1), (640, 480), (1920, 1080), (4000, 30), (30, 4000), (10, 10), (27, 27), (28, 28), (42, 42),
         (14, 70), (1024, 768), (512, 512), (7000, 5000), (100000, 600), (3840, 2160), (500, 375)]

print("# Qwen2-VL published preprocessor_config (factor 28, min 3136, max 12845056): w h -> W H tokens")
for w, h in SIZES:
    H, W = smart_resize(h, w, 28, 3136, 12845056)
    print(f"{{{w}, {h}, {W}, {H}, {(H // 28) * (W // 28)}}},")
print("# Qwen2-VL smart_resize default max 1003520: w h -> W H tokens")
for w, h in SIZES:
    H, W = smart_resize(h, w, 28, 3136, 1003520)
    print(f"{{{w}, {h}, {W}, {H}, {(H // 28) * (W // 28)}}},")
print("# Qwen3-VL (factor 32, min 65536, max 16777216): w h -> W H tokens")
for w, h in SIZES:
    H, W = smart_resize(h, w, 32, 65536, 16777216)
    print(f"{{{w}, {h}, {W}, {H}, {(H // 32) * (W // 32)}}},")
print("# vovnet 2.4 table: w h L P -> w' h' W H tokens (Qwen3-VL)")
for w, h in [(640, 480), (1024, 768), (512, 512), (1920, 1080), (1, 1)]:
    for L, P in [(224, 50176), (448, 200704), (336, 112896), (672, 451584)]:
        w2, h2 = pre_resize(w, h, L, P)
        H, W = smart_resize(h2, w2, 32, 65536, 16777216)
        print(f"{{{w}, {h}, {L}, {P}, {w2}, {h2}, {W}, {H}, {(H // 32) * (W // 32)}}},")

print("# patch flattening: image W=8 H=4, patch 2, merge 2, temporal 2, pixel value (y*8+x)*3+c")
Hh, Ww, p, m, tps = 4, 8, 2, 2, 2
img = np.arange(Hh * Ww * 3).reshape(Hh, Ww, 3).transpose(2, 0, 1)  # (3, H, W), value = (y*W+x)*3+c
frames = np.stack([img, img])  # (T=2, 3, H, W)
gh, gw = Hh // p, Ww // p
x = frames.reshape(1, tps, 3, gh // m, m, p, gw // m, m, p)
x = x.transpose(0, 3, 6, 4, 7, 2, 1, 5, 8)
flat = x.reshape(1 * gh * gw, 3 * tps * p * p)
print("numPatches", flat.shape[0], "patchDim", flat.shape[1])
for row in flat:
    print("{" + ", ".join(str(v) for v in row) + "},")
