// RulesNative: the rule pack's host functions that answer in C, without leaving Lua. Today the five everyday date
// helpers of `thanhtra.*`: rules call them many times per computation, and crossing into Swift for each would cost
// more than the rule itself. Each handles well-formed arguments only and hands anything else to the Swift host
// function registered under the same id, which reports the error in its own words.
//
// The header exposes no Lua type: Rules passes the pointers to LuaBridge (LuaNativeFunction), the only Swift code
// that touches the Lua C API.
#ifndef RULESNATIVE_H
#define RULESNATIVE_H

/// The date functions, by number.
enum {
    RULES_CALENDAR_COMPARE_DATES = 1,   ///< (a, b) → -1, 0 or 1
    RULES_CALENDAR_DAYS_BETWEEN = 2,    ///< (a, b) → days from a to b
    RULES_CALENDAR_ADD_DAYS = 3,        ///< (d, n) → the date n days after d
    RULES_CALENDAR_ADD_MONTHS = 4,      ///< (d, n) → the same day n months later, clamped to the month's end
    RULES_CALENDAR_IS_DATE = 5,         ///< (s) → whether s is a date "YYYY-MM-DD"
};

/// The C function (a `lua_CFunction` that finds its host function's id in upvalue 1) for date function `which`,
/// or NULL for an unknown number.
const void *rules_calendar_function(int which);

#endif
