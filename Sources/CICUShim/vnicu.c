/* vnicu.c: the implementation of vnicu.h, the only file of vnalign that includes ICU. */
#include "vnicu.h"

#include <stdlib.h>
#include <unicode/ucnv.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

const char *vn_status_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}

static int32_t vn_normalize(const UNormalizer2 *normalizer, const uint16_t *source, int32_t length,
                            uint16_t *destination, int32_t capacity, int32_t *status) {
    if (U_FAILURE(*status)) return 0;
    if (normalizer == NULL) return 0;
    return unorm2_normalize(normalizer, (const UChar *)source, length, (UChar *)destination,
                            capacity, (UErrorCode *)status);
}

int32_t vn_normalize_nfc(const uint16_t *source, int32_t length,
                         uint16_t *destination, int32_t capacity, int32_t *status) {
    if (U_FAILURE(*status)) return 0;
    const UNormalizer2 *nfc = unorm2_getNFCInstance((UErrorCode *)status);
    return vn_normalize(nfc, source, length, destination, capacity, status);
}

int32_t vn_normalize_nfd(const uint16_t *source, int32_t length,
                         uint16_t *destination, int32_t capacity, int32_t *status) {
    if (U_FAILURE(*status)) return 0;
    const UNormalizer2 *nfd = unorm2_getNFDInstance((UErrorCode *)status);
    return vn_normalize(nfd, source, length, destination, capacity, status);
}

int32_t vn_nfc_quick_check(uint32_t codePoint) {
    switch (u_getIntPropertyValue((UChar32)codePoint, UCHAR_NFC_QUICK_CHECK)) {
    case UNORM_YES: return VN_QUICK_CHECK_YES;
    case UNORM_MAYBE: return VN_QUICK_CHECK_MAYBE;
    default: return VN_QUICK_CHECK_NO;
    }
}

uint8_t vn_combining_class(uint32_t codePoint) {
    return u_getCombiningClass((UChar32)codePoint);
}

int32_t vn_char_type(uint32_t codePoint) {
    return (int32_t)u_charType((UChar32)codePoint);
}

int32_t vn_script(uint32_t codePoint) {
    UErrorCode error = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)codePoint, &error);
    return U_FAILURE(error) ? VN_SCRIPT_COMMON : (int32_t)script;
}

int32_t vn_to_lower(const uint16_t *source, int32_t length,
                    uint16_t *destination, int32_t capacity, int32_t *status) {
    if (U_FAILURE(*status)) return 0;
    return u_strToLower((UChar *)destination, capacity, (const UChar *)source, length, "",
                        (UErrorCode *)status);
}

int32_t vn_to_upper(const uint16_t *source, int32_t length,
                    uint16_t *destination, int32_t capacity, int32_t *status) {
    if (U_FAILURE(*status)) return 0;
    return u_strToUpper((UChar *)destination, capacity, (const UChar *)source, length, "",
                        (UErrorCode *)status);
}

struct VNTransliterator {
    UTransliterator *icu;
};

VNTransliterator *vn_transliterator_open(const char *identifier, int32_t *status) {
    if (U_FAILURE(*status)) return NULL;
    UChar id[128];
    u_uastrncpy(id, identifier, 127);
    id[127] = 0;
    UTransliterator *icu = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, (UErrorCode *)status);
    if (U_FAILURE(*status)) return NULL;
    VNTransliterator *result = malloc(sizeof(VNTransliterator));
    if (result == NULL) {
        utrans_close(icu);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    result->icu = icu;
    return result;
}

int32_t vn_transliterate(VNTransliterator *transliterator, uint16_t *text, int32_t length,
                         int32_t capacity, int32_t *status) {
    if (U_FAILURE(*status)) return 0;
    if (transliterator == NULL || length < 0 || capacity < length) {
        *status = U_ILLEGAL_ARGUMENT_ERROR;
        return 0;
    }
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars(transliterator->icu, (UChar *)text, &textLength, capacity, 0, &limit,
                       (UErrorCode *)status);
    return textLength;
}

void vn_transliterator_close(VNTransliterator *transliterator) {
    if (transliterator == NULL) return;
    utrans_close(transliterator->icu);
    free(transliterator);
}

struct VNSpoofChecker {
    USpoofChecker *icu;
};

VNSpoofChecker *vn_spoof_open(int32_t *status) {
    if (U_FAILURE(*status)) return NULL;
    USpoofChecker *icu = uspoof_open((UErrorCode *)status);
    if (U_FAILURE(*status)) return NULL;
    uspoof_setChecks(icu, USPOOF_RESTRICTION_LEVEL | USPOOF_MIXED_NUMBERS, (UErrorCode *)status);
    uspoof_setRestrictionLevel(icu, USPOOF_HIGHLY_RESTRICTIVE);
    if (U_FAILURE(*status)) {
        uspoof_close(icu);
        return NULL;
    }
    VNSpoofChecker *result = malloc(sizeof(VNSpoofChecker));
    if (result == NULL) {
        uspoof_close(icu);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    result->icu = icu;
    return result;
}

int32_t vn_spoof_is_suspicious(const VNSpoofChecker *checker, const uint16_t *text, int32_t length,
                               int32_t *status) {
    if (U_FAILURE(*status)) return 0;
    if (checker == NULL) {
        *status = U_ILLEGAL_ARGUMENT_ERROR;
        return 0;
    }
    int32_t result = uspoof_check2(checker->icu, (const UChar *)text, length, NULL,
                                   (UErrorCode *)status);
    return (U_SUCCESS(*status) && result != 0) ? 1 : 0;
}

int32_t vn_spoof_skeleton(const VNSpoofChecker *checker, const uint16_t *text, int32_t length,
                          uint16_t *destination, int32_t capacity, int32_t *status) {
    if (U_FAILURE(*status)) return 0;
    if (checker == NULL) {
        *status = U_ILLEGAL_ARGUMENT_ERROR;
        return 0;
    }
    return uspoof_getSkeleton(checker->icu, 0, (const UChar *)text, length, (UChar *)destination,
                              capacity, (UErrorCode *)status);
}

void vn_spoof_close(VNSpoofChecker *checker) {
    if (checker == NULL) return;
    uspoof_close(checker->icu);
    free(checker);
}

int32_t vn_convert_to_utf16(const char *charset, const char *source, int32_t length,
                            uint16_t *destination, int32_t capacity, int32_t *status) {
    if (U_FAILURE(*status)) return 0;
    UConverter *converter = ucnv_open(charset, (UErrorCode *)status);
    if (U_FAILURE(*status)) return 0;
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, (UErrorCode *)status);
    int32_t result = 0;
    if (U_SUCCESS(*status)) {
        result = ucnv_toUChars(converter, (UChar *)destination, capacity, source, length,
                               (UErrorCode *)status);
    }
    ucnv_close(converter);
    return result;
}
