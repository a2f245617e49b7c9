// Calendar arithmetic on "YYYY-MM-DD" strings, in C: the fast path of the rule pack's date helpers (thanhtra.*).
//
// Rules owns what these functions mean; LuaBridge only installs a C function in front of a Swift host function
// (LuaRuntime.register(_:_:native:fallback:)).
//
// Rules call date helpers many times per computation; crossing into Swift for each costs more than the rule itself.
// These functions handle well-formed arguments only (a valid date string, an integer count in range) and hand
// anything else to the Swift host function registered under the same id (upvalue 1), which reports the error in
// its own words. Dates use the proleptic Gregorian calendar through a day number (Howard Hinnant's algorithms),
// exactly as Casework's CalendarDate does, and only years 1…9999.
#include "RulesNative.h"
#include "LuaShim.h"

int shim_host_trampoline(lua_State *L);   // LuaShim/trampolines.c

static int is_leap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in(long m, long y) {
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

/// Days since 1970-01-01 (days_from_civil).
static long day_number(long y, long m, long d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/// The date of a day number (civil_from_days).
static void civil(long z, long *y, long *m, long *d) {
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yoe + era * 400 + (*m <= 2);
}

/// Reads argument `index` as a date; 0 when it is not a string "YYYY-MM-DD" naming a day of the calendar.
/// Never raises: only lua_type and lua_tolstring on a string (no conversion).
static int parse(lua_State *L, int index, long *y, long *m, long *d) {
    if (lua_type(L, index) != LUA_TSTRING) return 0;
    size_t length = 0;
    const char *s = lua_tolstring(L, index, &length);
    if (s == NULL || length != 10 || s[4] != '-' || s[7] != '-') return 0;
    static const int digits[] = { 0, 1, 2, 3, 5, 6, 8, 9 };
    for (int i = 0; i < 8; i++) {
        if (s[digits[i]] < '0' || s[digits[i]] > '9') return 0;
    }
    *y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    *m = (s[5] - '0') * 10 + (s[6] - '0');
    *d = (s[8] - '0') * 10 + (s[9] - '0');
    return *y >= 1 && *m >= 1 && *m <= 12 && *d >= 1 && *d <= days_in(*m, *y);
}

static int parse_day(lua_State *L, int index, long *day) {
    long y, m, d;
    if (!parse(L, index, &y, &m, &d)) return 0;
    *day = day_number(y, m, d);
    return 1;
}

/// Reads argument `index` as a count: an integer (integer subtype) below 10 000 000 in size, as the Swift side checks.
static int count(lua_State *L, int index, long *n) {
    if (lua_type(L, index) != LUA_TNUMBER || !lua_isinteger(L, index)) return 0;
    lua_Integer value = lua_tointeger(L, index);
    if (value <= -10000000 || value >= 10000000) return 0;
    *n = (long)value;
    return 1;
}

/// Pushes "YYYY-MM-DD"; 0 (nothing pushed) when the year is outside 1…9999.
static int push_date(lua_State *L, long y, long m, long d) {
    if (y < 1 || y > 9999) return 0;
    char text[10] = { (char)('0' + y / 1000), (char)('0' + y / 100 % 10), (char)('0' + y / 10 % 10),
                      (char)('0' + y % 10), '-', (char)('0' + m / 10), (char)('0' + m % 10), '-',
                      (char)('0' + d / 10), (char)('0' + d % 10) };
    lua_pushlstring(L, text, 10);
    return 1;
}

static int push_day(lua_State *L, long day) {
    long y, m, d;
    civil(day, &y, &m, &d);
    return push_date(L, y, m, d);
}

static int cal_compare_dates(lua_State *L) {
    long a, b;
    if (lua_gettop(L) < 2 || !parse_day(L, 1, &a) || !parse_day(L, 2, &b)) return shim_host_trampoline(L);
    lua_pushinteger(L, a < b ? -1 : (a == b ? 0 : 1));
    return 1;
}

static int cal_days_between(lua_State *L) {
    long a, b;
    if (lua_gettop(L) < 2 || !parse_day(L, 1, &a) || !parse_day(L, 2, &b)) return shim_host_trampoline(L);
    lua_pushinteger(L, b - a);
    return 1;
}

static int cal_add_days(lua_State *L) {
    long day, n;
    if (lua_gettop(L) < 2 || !parse_day(L, 1, &day) || !count(L, 2, &n)) return shim_host_trampoline(L);
    if (!push_day(L, day + n)) return shim_host_trampoline(L);
    return 1;
}

static int cal_add_months(lua_State *L) {
    long y, m, d, n;
    if (lua_gettop(L) < 2 || !parse(L, 1, &y, &m, &d) || !count(L, 2, &n)) return shim_host_trampoline(L);
    long index = y * 12 + (m - 1) + n;
    if (index < 12) return shim_host_trampoline(L);   // before year 1
    long ny = index / 12, nm = index % 12 + 1;
    long limit = days_in(nm, ny);
    if (!push_date(L, ny, nm, d < limit ? d : limit)) return shim_host_trampoline(L);
    return 1;
}

static int cal_is_date(lua_State *L) {
    long y, m, d;
    lua_pushboolean(L, lua_gettop(L) >= 1 && parse(L, 1, &y, &m, &d));
    return 1;
}

const void *rules_calendar_function(int which) {
    switch (which) {
    case RULES_CALENDAR_COMPARE_DATES: return (const void *)cal_compare_dates;
    case RULES_CALENDAR_DAYS_BETWEEN: return (const void *)cal_days_between;
    case RULES_CALENDAR_ADD_DAYS: return (const void *)cal_add_days;
    case RULES_CALENDAR_ADD_MONTHS: return (const void *)cal_add_months;
    case RULES_CALENDAR_IS_DATE: return (const void *)cal_is_date;
    default: return NULL;
    }
}
