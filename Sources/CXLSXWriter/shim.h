// libxlsxwriter's C API from the system's libxlsxwriter-dev (headers in /usr/include, found through pkg-config
// `xlsxwriter`). Only Reports/XLSX/XLSXWorkbook.swift imports it.
#include <xlsxwriter.h>
