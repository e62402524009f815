// SPDX-License-Identifier: GPL-2.0
/*
 * Which operator a UnaryOperator, BinaryOperator or CompoundAssignOperator
 * cursor is.
 *
 * libclang names it from LLVM 17 on (clang_getCursor{Unary,Binary}-
 * OperatorKind).  Before, the source text between the operands tells
 * (source.c), except in a macro expansion (unlikely(x) is !!(x)): there
 * the opcode is read from the expression's bit-fields, the Opc field of
 * clang::Stmt's {Unary,Binary}OperatorBits (6 bits from bit 18 of its
 * first word in LLVM 14) -- but only once a sample unit has shown that
 * reading to agree with the text on every operator.  Otherwise an
 * operator in a macro stays unknown (GO_OTHER).
 */
#include <string.h>
#include "clang.h"

/* Spellings by clang's opcode + 1 (CXBinaryOperatorKind's numbering). */
static const char *const binary_ops[] = {
	"", ".*", "->*", "*", "/", "%", "+", "-", "<<", ">>", "<=>",
	"<", ">", "<=", ">=", "==", "!=", "&", "^", "|", "&&", "||",
	"=", "*=", "/=", "%=", "+=", "-=", "<<=", ">>=", "&=", "^=", "|=",
	",",
};

/* The same for unary operators: post ++, post --, pre ++, pre --... */
static const char *const unary_ops[] = {
	"", "++", "--", "++", "--", "&", "*", "+", "-", "~", "!",
	"", "", "", "",		/* __real__ __imag__ __extension__ co_await */
};

#define COUNT(a) ((int)(sizeof(a) / sizeof(*(a))))

#if CINDEX_VERSION_MINOR >= 64
static int opcode(CXCursor c)
{
	return c.kind == CXCursor_UnaryOperator ?
	       (int)clang_getCursorUnaryOperatorKind(c) :
	       (int)clang_getCursorBinaryOperatorKind(c);
}

static int trusted(void)
{
	return 1;
}
#else
static int opcode(CXCursor c)
{
	unsigned int bits;

	memcpy(&bits, c.data[1], sizeof(bits));
	return ((bits >> 18) & (c.kind == CXCursor_UnaryOperator ? 0x1f : 0x3f)) + 1;
}

static const char sample[] =
"int f(int a, int b, int *p)\n"
"{\n"
"	a++; a--; ++a; --a; p = &a; a = *p; a = +b; a = -b; a = ~b;\n"
"	a = !b; a = a * b; a = a / b; a = a % b; a = a + b; a = a - b;\n"
"	a = a << b; a = a >> b; a = a < b; a = a > b; a = a <= b;\n"
"	a = a >= b; a = a == b; a = a != b; a = a & b; a = a ^ b;\n"
"	a = a | b; a = a && b; a = a || b; a *= b; a /= b; a %= b;\n"
"	a += b; a -= b; a <<= b; a >>= b; a &= b; a ^= b; a |= b;\n"
"	return a, b;\n"
"}\n";

static const char *decoded(CXCursor c);
static const char *spelled(struct cl_source *src, CXCursor c);

struct sample {
	struct cl_source *src;
	int seen, agree;
};

static enum CXChildVisitResult compare(CXCursor c, CXCursor parent,
				       CXClientData data)
{
	struct sample *s = data;
	const char *text;

	if (c.kind == CXCursor_UnaryOperator ||
	    c.kind == CXCursor_BinaryOperator ||
	    c.kind == CXCursor_CompoundAssignOperator) {
		text = spelled(s->src, c);
		s->seen++;
		s->agree += text && !strcmp(text, decoded(c));
	}
	return CXChildVisit_Recurse;
}

/* Does reading the bit-fields give what the sample's text says? */
static int trusted(void)
{
	static int verdict = -1;
	struct CXUnsavedFile file = { "opcode-sample.c", sample,
				      sizeof(sample) - 1 };
	CXIndex index;
	CXTranslationUnit tu;
	struct sample s = { NULL, 0, 0 };

	if (verdict >= 0)
		return verdict;
	index = clang_createIndex(0, 0);
	if (clang_parseTranslationUnit2(index, file.Filename, NULL, 0, &file,
					1, 0, &tu) == CXError_Success) {
		s.src = cl_source_new(tu);
		clang_visitChildren(clang_getTranslationUnitCursor(tu),
				    compare, &s);
		cl_source_free(s.src);
		clang_disposeTranslationUnit(tu);
	}
	clang_disposeIndex(index);
	verdict = s.seen && s.agree == s.seen;
	return verdict;
}
#endif

static const char *decoded(CXCursor c)
{
	int op = opcode(c);

	if (c.kind == CXCursor_UnaryOperator)
		return op > 0 && op < COUNT(unary_ops) ? unary_ops[op] : "";
	return op > 0 && op < COUNT(binary_ops) ? binary_ops[op] : "";
}

/* The operands between or beside which the operator is. */
static int operands(CXCursor c, CXCursor *a, CXCursor *b)
{
	CXCursor k[2];
	int n = cl_children(c, k, 2, 1);

	*a = *b = clang_getNullCursor();
	if (n == 2) {
		*a = k[0];
		*b = k[1];
	} else if (n == 1 &&
		   clang_equalLocations(clang_getRangeStart(clang_getCursorExtent(c)),
					clang_getRangeStart(clang_getCursorExtent(k[0])))) {
		*a = k[0];		/* postfix */
	} else if (n == 1) {
		*b = k[0];
	}
	return n;
}

static const char *spelled(struct cl_source *src, CXCursor c)
{
	CXCursor a, b;
	struct gc_pos pos;

	operands(c, &a, &b);
	return cl_operator_text(src, c, a, b, &pos);
}

/*
 * The operator of c ("" for one not modelled), its operands (b alone
 * for a prefix operator, a alone for a postfix one) and *pos, where it
 * is: its token, or the macro it comes from.
 */
const char *cl_operator(struct cl_source *src, CXCursor c, CXCursor *a,
			CXCursor *b, struct gc_pos *pos)
{
	const char *text;

	operands(c, a, b);
	text = cl_operator_text(src, c, *a, *b, pos);
	if (trusted())
		return decoded(c);
	return text ? text : "";
}
