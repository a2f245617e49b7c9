// The small-block pool behind a state's allocator: Lua makes and drops many small objects (strings, tables, their
// parts, closures) per rule call; size classes with free lists serve them without the C allocator's bookkeeping.
// One pool belongs to one state, and a state runs on one thread at a time, so nothing here takes a lock.
#include "LuaShim.h"
#include <stdlib.h>
#include <string.h>

/// Blocks are multiples of this many bytes; every block is aligned to it (Lua wants LUAI_MAXALIGN, at most 16).
#define POOL_GRAIN 16
/// Size classes: blocks of 16, 32, … 256 bytes; larger requests go to the C allocator.
#define POOL_CLASSES 16
/// Bytes the pool takes from the C allocator at a time; its first POOL_GRAIN bytes link the chunks.
#define POOL_CHUNK (64 * 1024)

struct ShimPool {
    void *free[POOL_CLASSES];   ///< Per class, the first free block; each free block holds the next.
    char *cursor;               ///< Next unused byte of the newest chunk.
    char *end;                  ///< End of the newest chunk.
    void *chunks;               ///< The newest chunk; each chunk's first word points to the one before.
};

/// The class of a block of `size` bytes (> 0), or -1 for a block the C allocator serves.
static inline int pool_class(size_t size) {
    return size <= (size_t)POOL_GRAIN * POOL_CLASSES ? (int)((size + POOL_GRAIN - 1) / POOL_GRAIN) - 1 : -1;
}

/// A block of class `c`, or NULL when the C allocator cannot give the pool another chunk.
static void *pool_take(ShimPool *P, int c) {
    void *block = P->free[c];
    if (block != NULL) {
        P->free[c] = *(void **)block;
        return block;
    }
    size_t bytes = (size_t)(c + 1) * POOL_GRAIN;
    if ((size_t)(P->end - P->cursor) < bytes) {
        // The rest of the old chunk (less than 256 bytes) stays unused.
        char *chunk = malloc(POOL_CHUNK);
        if (chunk == NULL) return NULL;
        *(void **)chunk = P->chunks;
        P->chunks = chunk;
        P->cursor = chunk + POOL_GRAIN;
        P->end = chunk + POOL_CHUNK;
    }
    block = P->cursor;
    P->cursor += bytes;
    return block;
}

static inline void pool_give(ShimPool *P, void *block, int c) {
    *(void **)block = P->free[c];
    P->free[c] = block;
}

void shim_pool_free(ShimPool *P, void *block, size_t size) {
    int c = P != NULL ? pool_class(size) : -1;
    if (c >= 0) {
        pool_give(P, block, c);
    } else {
        free(block);
    }
}

void *shim_pool_resize(ShimPool **slot, void *block, size_t old, size_t size) {
    ShimPool *P = *slot;
    if (P == NULL) {
        P = calloc(1, sizeof(ShimPool));
        if (P == NULL) return NULL;
        *slot = P;
    }
    int to = pool_class(size);
    if (block == NULL) return to >= 0 ? pool_take(P, to) : malloc(size);
    int from = pool_class(old);
    if (from < 0 && to < 0) return realloc(block, size);
    if (from == to) return block;
    // A small block shrinking stays where it is: the class its later size names is never larger than the block, and
    // a shrink cannot fail (nothing is asked of the C allocator).
    if (from >= 0 && to >= 0 && size < old) return block;
    void *moved = to >= 0 ? pool_take(P, to) : malloc(size);
    if (moved == NULL) {
        // Only when the C allocator is out of memory. Growing fails as `realloc` would; a large block shrinking to a
        // small size is kept by the C allocator (its later release through a class leaves it unused until the state
        // closes, rather than failing a shrink).
        return size < old ? realloc(block, size) : NULL;
    }
    memcpy(moved, block, old < size ? old : size);
    if (from >= 0) {
        pool_give(P, block, from);
    } else {
        free(block);
    }
    return moved;
}

void shim_pool_destroy(ShimPool *P) {
    if (P == NULL) return;
    void *chunk = P->chunks;
    while (chunk != NULL) {
        void *previous = *(void **)chunk;
        free(chunk);
        chunk = previous;
    }
    free(P);
}
