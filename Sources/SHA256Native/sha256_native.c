// SHA-256's compression function with the x86 SHA extensions (SHA-NI): the journal's hashes, the row seals, the
// rule pack's content hash and `journal verify` spend most of their time here. Casework's Swift implementation stays
// the reference (SHA256NativeTests compares the two on random states and blocks) and the path on processors without them.
//
// The message schedule runs four words at a time: group n = msg2(msg1(G[n-4], G[n-3]) + alignr(G[n-1], G[n-2], 4),
// G[n-1]); each group's four rounds are two sha256rnds2, the state kept as ABEF and CDGH (the instructions' layout).

#include "sha256_native.h"

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

int thanhtra_sha256_native_available(void) {
    unsigned int a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    if (!(c & bit_SSSE3) || !(c & bit_SSE4_1)) return 0;
    if (__get_cpuid_max(0, 0) < 7) return 0;
    __cpuid_count(7, 0, a, b, c, d);
    return (b >> 29) & 1;  // CPUID.(EAX=7,ECX=0):EBX.SHA[bit 29]
}

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

__attribute__((target("sha,sse4.1,ssse3")))
void thanhtra_sha256_native_compress(uint32_t state[8], const void *message, size_t count) {
    const uint8_t *blocks = message;
    // Big-endian words: reverse the bytes of each 32-bit lane.
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_loadu_si128((const __m128i *)&state[0]);   // DCBA (lanes 3..0)
    __m128i state1 = _mm_loadu_si128((const __m128i *)&state[4]); // HGFE
    tmp = _mm_shuffle_epi32(tmp, 0xB1);                            // CDAB
    state1 = _mm_shuffle_epi32(state1, 0x1B);                      // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);              // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);                   // CDGH

    while (count--) {
        const __m128i abefSaved = state0, cdghSaved = state1;
        __m128i group[4];
        for (int n = 0; n < 16; n++) {
            __m128i words;
            if (n < 4) {
                words = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 16 * n)), byteSwap);
            } else {
                const __m128i older = _mm_sha256msg1_epu32(group[n & 3], group[(n + 1) & 3]);
                const __m128i middle = _mm_alignr_epi8(group[(n + 3) & 3], group[(n + 2) & 3], 4);
                words = _mm_sha256msg2_epu32(_mm_add_epi32(older, middle), group[(n + 3) & 3]);
            }
            group[n & 3] = words;
            __m128i message = _mm_add_epi32(words, _mm_loadu_si128((const __m128i *)&K[4 * n]));
            state1 = _mm_sha256rnds2_epu32(state1, state0, message);
            message = _mm_shuffle_epi32(message, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, message);
        }
        state0 = _mm_add_epi32(state0, abefSaved);
        state1 = _mm_add_epi32(state1, cdghSaved);
        blocks += 64;
    }

    tmp = _mm_shuffle_epi32(state0, 0x1B);        // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);     // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0);  // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);     // HGFE
    _mm_storeu_si128((__m128i *)&state[0], state0);
    _mm_storeu_si128((__m128i *)&state[4], state1);
}

#else

int thanhtra_sha256_native_available(void) { return 0; }

void thanhtra_sha256_native_compress(uint32_t state[8], const void *message, size_t count) {
    (void)state;
    (void)message;
    (void)count;
}

#endif
