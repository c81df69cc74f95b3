#!/usr/bin/env python3
"""French typography in the texts people read (issue #14): a typographic apostrophe (’) for the elided words
(« l’adresse », « n’est »), and a no-break space (U+00A0) before « : ; ! ? % » » and after « « ».

It rewrites, in place, the string literals of the Java sources given, and the text of the Qute templates and BPMN
names given, outside Qute expressions ({...}) and HTML tags: a colon before a parameter (« = :code ») or an elvis
(« ?: ») is never touched, nor a straight quote that delimits code. Run it again after merging branches that add
texts; EveryPageBrowserTest fails on what it left.

    .ci/typography.py $(git ls-files 'src/main/java/*.java' 'src/demo/java/*.java' 'src/test/java/*.java' \
        'src/main/resources/templates/*.html' 'bpmn/*.bpmn')
"""
import re
import sys

ELIDED = re.compile(r"\b([DLNSJCMdlnsjcm]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Qq]uoiqu|[Aa]ujourd|[Pp]resqu)(?:'|&#39;)(?=[^\W\d_])")
BEFORE = re.compile(r"(?<=[^\W_]|[»)\]’\"]) ([:;!?»])(?=\s|$|[.,)\]<\"]|\\n)")
PERCENT = re.compile(r"(?<=\d) %(?!\.?\d|[a-z])")
AFTER = re.compile(r"« ")
NBSP_JAVA = "\\u00a0"
NBSP_HTML = "\u00a0"


def french(text, nbsp):
    text = ELIDED.sub(lambda m: m.group(1) + "’", text)
    text = BEFORE.sub(lambda m: nbsp + m.group(1), text)
    text = PERCENT.sub(lambda m: nbsp + "%", text)
    return AFTER.sub(lambda m: "«" + nbsp, text)


def outside_expressions(text, nbsp):
    """Rewrites the text between Qute expressions and HTML tags, leaving both as they are."""
    out, depth, chunk, i = [], 0, [], 0
    while i < len(text):
        c = text[i]
        if c in "{<":
            if depth == 0 and chunk:
                out.append(french("".join(chunk), nbsp))
                chunk = []
            depth += 1
            out.append(c)
        elif c in "}>" and depth > 0:
            depth -= 1
            out.append(c)
        elif depth > 0:
            out.append(c)
        else:
            chunk.append(c)
        i += 1
    if chunk:
        out.append(french("".join(chunk), nbsp))
    return "".join(out)


JAVA_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')


def java(source):
    def literal(m):
        s = m.group(0)
        if not re.search(r"[A-Za-zÀ-ÿ«»]", s):
            return s
        return outside_expressions(s, NBSP_JAVA)
    # comments and code stay as they are: only the string literals change
    return JAVA_STRING.sub(literal, source)


def template(source):
    return outside_expressions(source, NBSP_HTML)


BPMN_NAME = re.compile(r'(\bname=")([^"]*)(")')


def bpmn(source):
    return BPMN_NAME.sub(lambda m: m.group(1) + french(m.group(2), NBSP_HTML) + m.group(3), source)


def main(paths):
    for path in paths:
        with open(path, encoding="utf-8") as f:
            before = f.read()
        if path.endswith(".java"):
            after = java(before)
        elif path.endswith(".bpmn"):
            after = bpmn(before)
        else:
            after = template(before)
        if after != before:
            with open(path, "w", encoding="utf-8") as f:
                f.write(after)
            print(path)


if __name__ == "__main__":
    main(sys.argv[1:])
