#ifndef THANHTRA_SHA256_NATIVE_H
#define THANHTRA_SHA256_NATIVE_H

#include <stddef.h>
#include <stdint.h>

/// Whether this processor has the SHA extensions (and SSSE3 and SSE4.1) that
/// thanhtra_sha256_native_compress needs: x86-64 only; 0 elsewhere.
int thanhtra_sha256_native_available(void);

/// SHA-256's compression function (FIPS 180-4 §6.2.2) over `count` whole 64-byte blocks at `blocks`, updating
/// `state` (8 words, H0 first) with the processor's SHA instructions. Call only when
/// thanhtra_sha256_native_available() returned 1.
void thanhtra_sha256_native_compress(uint32_t state[8], const void *blocks, size_t count);

#endif
