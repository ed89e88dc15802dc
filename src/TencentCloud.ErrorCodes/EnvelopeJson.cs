using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TencentCloud.ErrorCodes
{
    /// <summary>
    /// A strict JSON reader (RFC 8259: no comments, no trailing commas, one value, at most 64 levels deep, as
    /// System.Text.Json's document reads by default) that keeps only what the envelope needs: objects, as their members
    /// (the last of a repeated name wins, as in System.Text.Json), and strings. The catalog takes no package dependency for
    /// it: System.Text.Json brought its source generator into every <c>netstandard2.0</c> project that installed the
    /// package, and a version conflict with older System.Text.Encodings.Web references.
    /// </summary>
    internal sealed class EnvelopeJson
    {
        private const int MaxDepth = 64;

        private readonly string text;
        private int at;

        private EnvelopeJson(string text) => this.text = text;

        /// <summary>What a value is, in System.Text.Json's words (they are in the envelope's error messages).</summary>
        internal enum Kind
        {
            Object,
            Array,
            String,
            Number,
            True,
            False,
            Null,
        }

        /// <summary>Reads <paramref name="json"/>: its value, or null with <paramref name="error"/> when it is not valid JSON.</summary>
        internal static Value? Read(string json, out string? error)
        {
            var reader = new EnvelopeJson(json);
            try
            {
                reader.SkipWhitespace();
                var value = reader.ReadValue(depth: 0);
                reader.SkipWhitespace();
                if (reader.at != json.Length)
                {
                    throw reader.Fail("more text after the value");
                }

                error = null;
                return value;
            }
            catch (FormatException ex)
            {
                error = ex.Message;
                return null;
            }
        }

        private Value ReadValue(int depth)
        {
            if (at >= text.Length)
            {
                throw Fail("the text ends where a value is expected");
            }

            switch (text[at])
            {
                case '{':
                    return ReadObject(depth + 1);
                case '[':
                    ReadArray(depth + 1);
                    return new Value(Kind.Array);
                case '"':
                    return new Value(ReadString());
                case 't':
                    Expect("true");
                    return new Value(Kind.True);
                case 'f':
                    Expect("false");
                    return new Value(Kind.False);
                case 'n':
                    Expect("null");
                    return new Value(Kind.Null);
                default:
                    ReadNumber();
                    return new Value(Kind.Number);
            }
        }

        private Value ReadObject(int depth)
        {
            CheckDepth(depth);
            var members = new Dictionary<string, Value>(StringComparer.Ordinal);
            at++;
            SkipWhitespace();
            if (TryRead('}'))
            {
                return new Value(members);
            }

            while (true)
            {
                if (at >= text.Length || text[at] != '"')
                {
                    throw Fail("a property name is expected");
                }

                var name = ReadString();
                SkipWhitespace();
                if (!TryRead(':'))
                {
                    throw Fail("':' is expected");
                }

                SkipWhitespace();
                members[name] = ReadValue(depth);
                SkipWhitespace();
                if (TryRead('}'))
                {
                    return new Value(members);
                }

                if (!TryRead(','))
                {
                    throw Fail("',' or '}' is expected");
                }

                SkipWhitespace();
            }
        }

        private void ReadArray(int depth)
        {
            CheckDepth(depth);
            at++;
            SkipWhitespace();
            if (TryRead(']'))
            {
                return;
            }

            while (true)
            {
                ReadValue(depth);
                SkipWhitespace();
                if (TryRead(']'))
                {
                    return;
                }

                if (!TryRead(','))
                {
                    throw Fail("',' or ']' is expected");
                }

                SkipWhitespace();
            }
        }

        private string ReadString()
        {
            at++;
            var start = at;
            StringBuilder? unescaped = null;
            while (at < text.Length)
            {
                var c = text[at];
                if (c == '"')
                {
                    var value = unescaped is null ? text.Substring(start, at - start) : unescaped.Append(text, start, at - start).ToString();
                    at++;
                    return value;
                }

                if (c < ' ')
                {
                    throw Fail("a control character in a string");
                }

                if (c != '\\')
                {
                    at++;
                    continue;
                }

                unescaped ??= new StringBuilder();
                unescaped.Append(text, start, at - start);
                at++;
                unescaped.Append(ReadEscape());
                start = at;
            }

            throw Fail("the text ends inside a string");
        }

        private char ReadEscape()
        {
            if (at >= text.Length)
            {
                throw Fail("the text ends inside an escape");
            }

            var c = text[at++];
            switch (c)
            {
                case '"':
                case '\\':
                case '/':
                    return c;
                case 'b':
                    return '\b';
                case 'f':
                    return '\f';
                case 'n':
                    return '\n';
                case 'r':
                    return '\r';
                case 't':
                    return '\t';
                case 'u' when at + 4 <= text.Length
                    && int.TryParse(text.Substring(at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    at += 4;
                    return (char)code;
                default:
                    throw Fail("an invalid escape");
            }
        }

        private void ReadNumber()
        {
            TryRead('-');
            if (TryRead('0'))
            {
                // A leading zero stands alone.
            }
            else if (!ReadDigits())
            {
                throw Fail("a value is expected");
            }

            if (TryRead('.') && !ReadDigits())
            {
                throw Fail("digits are expected after '.'");
            }

            if (TryRead('e') || TryRead('E'))
            {
                if (!TryRead('+'))
                {
                    TryRead('-');
                }

                if (!ReadDigits())
                {
                    throw Fail("digits are expected in the exponent");
                }
            }
        }

        private bool ReadDigits()
        {
            var start = at;
            while (at < text.Length && text[at] >= '0' && text[at] <= '9')
            {
                at++;
            }

            return at > start;
        }

        private void Expect(string literal)
        {
            if (string.CompareOrdinal(text, at, literal, 0, literal.Length) != 0)
            {
                throw Fail("a value is expected");
            }

            at += literal.Length;
        }

        private bool TryRead(char c)
        {
            if (at < text.Length && text[at] == c)
            {
                at++;
                return true;
            }

            return false;
        }

        private void SkipWhitespace()
        {
            while (at < text.Length && text[at] is ' ' or '\t' or '\n' or '\r')
            {
                at++;
            }
        }

        private void CheckDepth(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Fail("it is nested deeper than " + MaxDepth + " levels");
            }
        }

        private FormatException Fail(string what) =>
            new FormatException(at < text.Length ? what + " at character " + at.ToString(CultureInfo.InvariantCulture) : what);

        /// <summary>A value of the document: its kind, and for an object its members, for a string its text.</summary>
        internal sealed class Value
        {
            private readonly Dictionary<string, Value>? members;

            public Value(Kind kind) => ValueKind = kind;

            public Value(string text)
            {
                ValueKind = Kind.String;
                Text = text;
            }

            public Value(Dictionary<string, Value> members)
            {
                ValueKind = Kind.Object;
                this.members = members;
            }

            public Kind ValueKind { get; }

            /// <summary>The text of a string; null for any other kind.</summary>
            public string? Text { get; }

            /// <summary>The member <paramref name="name"/> of an object (case-sensitive); false for any other kind.</summary>
            public bool TryGetProperty(string name, out Value value)
            {
                if (members is not null && members.TryGetValue(name, out var found))
                {
                    value = found;
                    return true;
                }

                value = null!;
                return false;
            }
        }
    }
}
