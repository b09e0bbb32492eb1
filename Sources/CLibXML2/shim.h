#ifndef READER_CLIBXML2_SHIM_H
#define READER_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU, whose headers clash with the copy inside Foundation. Only
// pointers to encoding handlers are used here, so their ICU fields need not be declared.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/encoding.h>
#include <libxml/xmlerror.h>

// Swift cannot write a variadic C callback: these keep libxml2 from printing to stderr.
static void reader_xml_ignore_generic(void *context, const char *message, ...) {
    (void)context; (void)message;
}

static void reader_xml_ignore_structured(void *context, xmlErrorPtr error) {
    (void)context; (void)error;
}

/// libxml2's error handlers are per thread: call on each thread before parsing.
static inline void reader_xml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, reader_xml_ignore_generic);
    xmlSetStructuredErrorFunc(NULL, reader_xml_ignore_structured);
}

#endif
