/*
 * vnicu.h: the only door between vnalign and the system's ICU.
 *
 * Debian renames every ICU C entry point with a version suffix (`unorm2_normalize_72`), and
 * Foundation's bundled ICU module clashes with the system's headers when both reach one Swift
 * file. This header therefore includes no ICU header: it exports a few small functions with
 * stable names, and only vnicu.c sees ICU.
 *
 * One error convention, ICU's own: every function that can fail takes `int32_t *status` as its
 * last argument. Call it with `*status == VN_OK`; a function does nothing when `*status` already
 * holds a failure. On return, `*status > 0` is a failure (ICU's UErrorCode values), `<= 0` is
 * success. Functions that write text return the length they need; when `capacity` is too small
 * they set `VN_BUFFER_OVERFLOW` and write nothing useful, so callers can pre-flight and retry.
 */
#ifndef VNICU_H
#define VNICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Success. */
#define VN_OK 0
/** ICU's U_ILLEGAL_ARGUMENT_ERROR. */
#define VN_ILLEGAL_ARGUMENT 1
/** ICU's U_BUFFER_OVERFLOW_ERROR: the destination was too small; the return value is the length needed. */
#define VN_BUFFER_OVERFLOW 15

/** `NFC_Quick_Check` answers of `vn_nfc_quick_check`. */
#define VN_QUICK_CHECK_NO 0
#define VN_QUICK_CHECK_YES 1
#define VN_QUICK_CHECK_MAYBE 2

/** Script codes of `vn_script` (ICU's UScriptCode values). */
#define VN_SCRIPT_COMMON 0
#define VN_SCRIPT_INHERITED 1
#define VN_SCRIPT_CYRILLIC 8
#define VN_SCRIPT_GREEK 14
#define VN_SCRIPT_HAN 17
#define VN_SCRIPT_LATIN 25

/** General categories of `vn_char_type` (ICU's UCharCategory values) that callers test for. */
#define VN_CHAR_UPPERCASE_LETTER 1
#define VN_CHAR_LOWERCASE_LETTER 2
#define VN_CHAR_TITLECASE_LETTER 3
#define VN_CHAR_MODIFIER_LETTER 4
#define VN_CHAR_OTHER_LETTER 5
#define VN_CHAR_NON_SPACING_MARK 6
#define VN_CHAR_ENCLOSING_MARK 7
#define VN_CHAR_COMBINING_SPACING_MARK 8
#define VN_CHAR_DECIMAL_DIGIT 9

/** A readable name for a status code ("U_BUFFER_OVERFLOW_ERROR"). Never NULL. */
const char *vn_status_name(int32_t status);

/* ---- Normalisation (unorm2) ---------------------------------------------------------------- */

/** NFC of `source` (UTF-16) into `destination`. Returns the length of the result. */
int32_t vn_normalize_nfc(const uint16_t *source, int32_t length,
                         uint16_t *destination, int32_t capacity, int32_t *status);

/** NFD of `source` (UTF-16) into `destination`. Returns the length of the result. */
int32_t vn_normalize_nfd(const uint16_t *source, int32_t length,
                         uint16_t *destination, int32_t capacity, int32_t *status);

/** The NFC_Quick_Check property of one code point: VN_QUICK_CHECK_YES, _NO or _MAYBE. */
int32_t vn_nfc_quick_check(uint32_t codePoint);

/** The canonical combining class of one code point (0 for starters). */
uint8_t vn_combining_class(uint32_t codePoint);

/* ---- Character properties (uchar) ---------------------------------------------------------- */

/** The general category of one code point (ICU's UCharCategory). */
int32_t vn_char_type(uint32_t codePoint);

/** The script of one code point (ICU's UScriptCode), VN_SCRIPT_COMMON for punctuation. */
int32_t vn_script(uint32_t codePoint);

/* ---- Case mapping (ustring, root locale, full mappings) ---------------------------------- */

/** Full lower-case mapping of `source` in the root locale. Returns the length of the result. */
int32_t vn_to_lower(const uint16_t *source, int32_t length,
                    uint16_t *destination, int32_t capacity, int32_t *status);

/** Full upper-case mapping of `source` in the root locale. Returns the length of the result. */
int32_t vn_to_upper(const uint16_t *source, int32_t length,
                    uint16_t *destination, int32_t capacity, int32_t *status);

/* ---- Transliteration (utrans) -------------------------------------------------------------- */

/** An opened ICU transliterator. Not thread-safe: one per thread. */
typedef struct VNTransliterator VNTransliterator;

/** Opens the transliterator `identifier` ("Latin-ASCII"). Close it with vn_transliterator_close. */
VNTransliterator *vn_transliterator_open(const char *identifier, int32_t *status);

/**
 * Transliterates `text[0..<length]` in place; the result may grow up to `capacity`.
 * Returns the new length (or the length needed, with VN_BUFFER_OVERFLOW).
 */
int32_t vn_transliterate(VNTransliterator *transliterator, uint16_t *text, int32_t length,
                         int32_t capacity, int32_t *status);

/** Closes a transliterator; NULL is allowed. */
void vn_transliterator_close(VNTransliterator *transliterator);

/* ---- Confusables (uspoof) ------------------------------------------------------------------ */

/** An opened spoof checker. Safe to share between threads once opened. */
typedef struct VNSpoofChecker VNSpoofChecker;

/** Opens a spoof checker that flags mixed-script text (restriction level "highly restrictive"). */
VNSpoofChecker *vn_spoof_open(int32_t *status);

/** 1 when `text` mixes scripts in a way a reader could be fooled by, 0 when it does not. */
int32_t vn_spoof_is_suspicious(const VNSpoofChecker *checker, const uint16_t *text, int32_t length,
                               int32_t *status);

/** The confusable skeleton of `text` (UTS #39). Returns the length of the result. */
int32_t vn_spoof_skeleton(const VNSpoofChecker *checker, const uint16_t *text, int32_t length,
                          uint16_t *destination, int32_t capacity, int32_t *status);

/** Closes a spoof checker; NULL is allowed. */
void vn_spoof_close(VNSpoofChecker *checker);

/* ---- Conversion (ucnv) --------------------------------------------------------------------- */

/**
 * Converts bytes in the ICU charset `charset` ("windows-1258") to UTF-16. Bytes that do not
 * convert are a failure (U_INVALID_CHAR_FOUND / U_ILLEGAL_CHAR_FOUND), never replaced silently.
 * Returns the length of the result.
 */
int32_t vn_convert_to_utf16(const char *charset, const char *source, int32_t length,
                            uint16_t *destination, int32_t capacity, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif /* VNICU_H */
