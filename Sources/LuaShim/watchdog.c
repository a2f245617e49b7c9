// The watchdog: stops a call that is past its deadline even while one VM instruction does a long piece of work in C
// (comparing two long strings, converting a long string to a number, utf8.len over megabytes) and the count hook,
// which runs every 1 000 instructions, would come too late.
//
// One background thread looks every 20 ms at the calls that have armed it; for a call past its deadline it sends
// SIGURG to the call's thread, whose handler sets the count hook to fire at the very next instruction. This is how
// lua.c stops a script on Ctrl-C: the manual allows `lua_sethook` from a signal handler ("This function can be
// called asynchronously", ldebug.c), and the handler runs on the call's own thread, so the state cannot be closed
// under it. The hook then raises the time-limit error. Only the main thread of a state is hooked this way: a
// coroutine, which the collector may free, stops at its own next count hook instead.
#include "LuaShim.h"
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <time.h>

#define WATCH_SLOTS 256
#define WATCH_PERIOD_NS (20 * 1000000L)

typedef struct WatchSlot {
    atomic_int used;                ///< Claimed by a thread (released when the thread exits).
    pthread_t thread;
    _Atomic(lua_State *) L;         ///< The main thread of the state whose call armed the slot, or NULL.
    atomic_llong deadline_ns;       ///< CLOCK_MONOTONIC deadline of that call; 0 when disarmed.
} WatchSlot;

static WatchSlot slots[WATCH_SLOTS];
static __thread int own_slot = -1;   // index into slots of the calling thread, -1 before its first call
static pthread_once_t started = PTHREAD_ONCE_INIT;
static pthread_key_t slot_key;
static int running = 0;

void shim_hook_next_instruction(lua_State *L);   // limits.c

static long long monotonic_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC_COARSE, &t);
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static void on_signal(int signal) {
    (void)signal;
    if (own_slot < 0) return;
    lua_State *L = atomic_load(&slots[own_slot].L);
    if (L != NULL && atomic_load(&slots[own_slot].deadline_ns) != 0) shim_hook_next_instruction(L);
}

static void *watch(void *unused) {
    (void)unused;
    for (;;) {
        struct timespec pause = {0, WATCH_PERIOD_NS};
        nanosleep(&pause, NULL);
        long long now = monotonic_ns();
        for (int i = 0; i < WATCH_SLOTS; i++) {
            if (!atomic_load(&slots[i].used) || atomic_load(&slots[i].L) == NULL) continue;
            long long deadline = atomic_load(&slots[i].deadline_ns);
            if (deadline != 0 && now > deadline) pthread_kill(slots[i].thread, SIGURG);
        }
    }
    return NULL;
}

static void release_slot(void *value) {
    int index = (int)(intptr_t)value - 1;
    if (index < 0 || index >= WATCH_SLOTS) return;
    atomic_store(&slots[index].L, NULL);
    atomic_store(&slots[index].deadline_ns, 0);
    atomic_store(&slots[index].used, 0);
}

static void start(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    if (sigaction(SIGURG, &action, NULL) != 0) return;
    if (pthread_key_create(&slot_key, release_slot) != 0) return;
    pthread_t thread;
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attributes, 64 * 1024);
    if (pthread_create(&thread, &attributes, watch, NULL) == 0) running = 1;
    pthread_attr_destroy(&attributes);
}

/// Arms the watchdog for the calling thread's current call: from `deadline_ns` on, it hooks `L` (a main thread).
void shim_watch_arm(lua_State *L, long long deadline_ns) {
    pthread_once(&started, start);
    if (!running) return;
    if (own_slot < 0) {
        for (int i = 0; i < WATCH_SLOTS; i++) {
            int expected = 0;
            if (atomic_compare_exchange_strong(&slots[i].used, &expected, 1)) {
                // libdispatch's worker threads (the test runner's, a server's, concurrentPerform's) block most
                // signals; this thread must receive the watchdog's.
                sigset_t watched;
                sigemptyset(&watched);
                sigaddset(&watched, SIGURG);
                pthread_sigmask(SIG_UNBLOCK, &watched, NULL);
                slots[i].thread = pthread_self();
                own_slot = i;
                pthread_setspecific(slot_key, (void *)(intptr_t)(i + 1));
                break;
            }
        }
        if (own_slot < 0) return;   // every slot taken: the count hook alone keeps time for this thread
    }
    atomic_store(&slots[own_slot].deadline_ns, deadline_ns);
    atomic_store(&slots[own_slot].L, L);
}

void shim_watch_disarm(void) {
    if (own_slot < 0) return;
    atomic_store(&slots[own_slot].deadline_ns, 0);
}

void shim_watch_forget(lua_State *L) {
    for (int i = 0; i < WATCH_SLOTS; i++) {
        lua_State *expected = L;
        if (atomic_compare_exchange_strong(&slots[i].L, &expected, NULL)) atomic_store(&slots[i].deadline_ns, 0);
    }
}
