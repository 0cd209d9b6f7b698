// The system libsqlite3 for Swift. SQLITE_TRANSIENT is a macro casting -1 to a function pointer,
// which Swift cannot import, so binding copied text and blobs goes through these wrappers.
#ifndef WEFT_CSQLITE_SHIM_H
#define WEFT_CSQLITE_SHIM_H
#include <sqlite3.h>

static inline int weft_sqlite3_bind_text_transient(sqlite3_stmt *stmt, int index, const char *text, int length) {
    return sqlite3_bind_text(stmt, index, text, length, SQLITE_TRANSIENT);
}

static inline int weft_sqlite3_bind_blob_transient(sqlite3_stmt *stmt, int index, const void *data, int length) {
    return sqlite3_bind_blob(stmt, index, data, length, SQLITE_TRANSIENT);
}

#endif
