"""Reference values for WhisperLogMelTest: Whisper's log-mel front end in numpy only.

Follows openai/whisper audio.py and librosa.filters.mel(sr=16000, n_fft=400, n_mels, htk=False,
norm="slaney"): pad/trim to 480000 samples, centred STFT (reflect padding) with a periodic Hann window,
n_fft 400, hop 160, |X|^2, last frame dropped, Slaney mel filters, log10(max(x, 1e-10)), clamp to
max - 8, (x + 4) / 4. Run: python3 whisper_log_mel.py
"""
import numpy as np

SR, N_FFT, HOP, N_SAMPLES = 16000, 400, 160, 480000


def hz_to_mel(f):
    f = np.asarray(f, dtype=np.float64)
    f_sp, min_log_hz, min_log_mel, logstep = 200.0 / 3, 1000.0, 15.0, np.log(6.4) / 27.0
    return np.where(f >= min_log_hz, min_log_mel + np.log(np.maximum(f, 1e-300) / min_log_hz) / logstep, f / f_sp)


def mel_to_hz(m):
    m = np.asarray(m, dtype=np.float64)
    f_sp, min_log_hz, min_log_mel, logstep = 200.0 / 3, 1000.0, 15.0, np.log(6.4) / 27.0
    return np.where(m >= min_log_mel, min_log_hz * np.exp(logstep * (m - min_log_mel)), f_sp * m)


def mel_filters(n_mels):
    fftfreqs = np.linspace(0, SR / 2, N_FFT // 2 + 1)
    mel_f = mel_to_hz(np.linspace(hz_to_mel(0.0), hz_to_mel(8000.0), n_mels + 2))
    fdiff = np.diff(mel_f)
    ramps = mel_f[:, None] - fftfreqs[None, :]
    weights = np.zeros((n_mels, len(fftfreqs)))
    for i in range(n_mels):
        lower = -ramps[i] / fdiff[i]
        upper = ramps[i + 2] / fdiff[i + 1]
        weights[i] = np.maximum(0, np.minimum(lower, upper))
    weights *= (2.0 / (mel_f[2:n_mels + 2] - mel_f[:n_mels]))[:, None]
    return weights


def log_mel(audio, n_mels=80):
    x = np.zeros(N_SAMPLES)
    n = min(len(audio), N_SAMPLES)
    x[:n] = audio[:n]
    padded = np.pad(x, N_FFT // 2, mode="reflect")
    window = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(N_FFT) / N_FFT)  # periodic Hann
    frames = 1 + (len(padded) - N_FFT) // HOP
    idx = np.arange(N_FFT)[None, :] + HOP * np.arange(frames)[:, None]
    spec = np.abs(np.fft.rfft(padded[idx] * window, axis=1)) ** 2  # [frames, 201]
    power = spec[:-1].T  # drop the last frame -> [201, 3000]
    mel = mel_filters(n_mels) @ power
    log_spec = np.log10(np.maximum(mel, 1e-10))
    log_spec = np.maximum(log_spec, log_spec.max() - 8.0)
    return (log_spec + 4.0) / 4.0


def test_signal():
    """0.5 s: 440 Hz at 0.5 plus 2500 Hz at 0.2, then a 0.1-s linear ramp down to 0."""
    t = np.arange(8000) / SR
    s = 0.5 * np.sin(2 * np.pi * 440 * t) + 0.2 * np.sin(2 * np.pi * 2500 * t)
    ramp = s[-1] * np.linspace(1, 0, 1600, endpoint=False)
    return np.concatenate([s, ramp])


if __name__ == "__main__":
    np.set_printoptions(precision=17)
    f = mel_filters(80)
    print("filters[0][1], [10][12], [79][190]:", repr(f[0, 1]), repr(f[10, 12]), repr(f[79, 190]))
    print("filters128[127][199]:", repr(mel_filters(128)[127, 199]))
    m = log_mel(test_signal())
    print("shape", m.shape, "max", repr(m.max()), "min", repr(m.min()))
    for (r, c) in [(0, 0), (5, 10), (20, 25), (40, 30), (60, 49), (79, 50), (10, 60), (3, 2999)]:
        print("m[%d][%d] = %r" % (r, c, m[r, c]))
    print("row means (first 60 frames):", ", ".join(repr(v) for v in m[:, :60].mean(axis=1)))
    m128 = log_mel(test_signal(), 128)
    print("128: shape", m128.shape, "m[100][20] =", repr(m128[100, 20]), "max", repr(m128.max()))
