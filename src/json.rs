//! A small, strict JSON reader for the webmaster's services block. A few hundred bytes of wasm instead of a
//! serde format crate (tens of KB), and testable and fuzzable natively. Depth and size are bounded.
//! Kept over the browser's JSON.parse (measured 2026-11-25): JSON.parse and a walk into `Json` are 791 B brotli
//! smaller, but keep the last of repeated keys silently and, in WebKit, say nothing of where an error is.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    /// Pairs in document order; a repeated key is an error.
    Obj(Vec<(String, Json)>),
}

impl Json {
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(pairs) => pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

const MAX_DEPTH: usize = 16;
pub const MAX_BYTES: usize = 64 * 1024;

pub fn parse(text: &str) -> Result<Json, String> {
    if text.len() > MAX_BYTES {
        return Err(format!("longer than {MAX_BYTES} bytes"));
    }
    let mut p = Parser { s: text.as_bytes(), i: 0 };
    let v = p.value(0)?;
    p.ws();
    if p.i != p.s.len() {
        return Err(p.err("unexpected text after the value"));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn err(&self, what: &str) -> String {
        let line = self.s[..self.i.min(self.s.len())].iter().filter(|b| **b == b'\n').count() + 1;
        format!("{what} on line {line}")
    }

    fn ws(&mut self) {
        while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn eat(&mut self, lit: &str) -> bool {
        if self.s[self.i..].starts_with(lit.as_bytes()) {
            self.i += lit.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, String> {
        if depth > MAX_DEPTH {
            return Err(self.err("nested too deeply"));
        }
        self.ws();
        match self.s.get(self.i) {
            None => Err(self.err("unexpected end")),
            Some(b'{') => {
                self.i += 1;
                let mut pairs: Vec<(String, Json)> = Vec::new();
                self.ws();
                if self.eat("}") {
                    return Ok(Json::Obj(pairs));
                }
                loop {
                    self.ws();
                    if self.s.get(self.i) != Some(&b'"') {
                        return Err(self.err("expected a \"key\""));
                    }
                    let k = self.string()?;
                    if pairs.iter().any(|(p, _)| *p == k) {
                        return Err(self.err(&format!("key \"{k}\" repeated")));
                    }
                    self.ws();
                    if !self.eat(":") {
                        return Err(self.err("expected ':'"));
                    }
                    let v = self.value(depth + 1)?;
                    pairs.push((k, v));
                    self.ws();
                    if self.eat("}") {
                        return Ok(Json::Obj(pairs));
                    }
                    if !self.eat(",") {
                        return Err(self.err("expected ',' or '}'"));
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.eat("]") {
                    return Ok(Json::Arr(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    if self.eat("]") {
                        return Ok(Json::Arr(items));
                    }
                    if !self.eat(",") {
                        return Err(self.err("expected ',' or ']'"));
                    }
                }
            }
            Some(b'"') => Ok(Json::Str(self.string()?)),
            Some(b't') if self.eat("true") => Ok(Json::Bool(true)),
            Some(b'f') if self.eat("false") => Ok(Json::Bool(false)),
            Some(b'n') if self.eat("null") => Ok(Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.err("unexpected character")),
        }
    }

    /// The number grammar of RFC 8259, as JSON.parse reads it: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    /// So `01`, `+1`, `5.`, `.5` and `-.5` are refused, as the browser refuses them.
    fn number(&mut self) -> Result<Json, String> {
        let start = self.i;
        let digits = |p: &mut Self| {
            let from = p.i;
            while p.s.get(p.i).is_some_and(u8::is_ascii_digit) {
                p.i += 1;
            }
            p.i > from
        };
        self.eat("-");
        let int = self.i;
        let mut ok = digits(self) && !(self.s[int] == b'0' && self.i - int > 1);
        if ok && self.eat(".") {
            ok = digits(self);
        }
        if ok && matches!(self.s.get(self.i), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.s.get(self.i), Some(b'+' | b'-')) {
                self.i += 1;
            }
            ok = digits(self);
        }
        // A number runs into the next byte that cannot follow it: `1a`, `0x1`, `1.2.3` fail here or after.
        ok.then(|| std::str::from_utf8(&self.s[start..self.i]).ok().and_then(decimal))
            .flatten()
            .filter(|n| n.is_finite())
            .map(Json::Num)
            .ok_or_else(|| self.err("bad number"))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let h = self.s.get(self.i..self.i + 4).ok_or_else(|| self.err("bad \\u escape"))?;
        let v = std::str::from_utf8(h).ok().and_then(|h| u32::from_str_radix(h, 16).ok()).ok_or_else(|| self.err("bad \\u escape"))?;
        self.i += 4;
        Ok(v)
    }

    fn string(&mut self) -> Result<String, String> {
        self.i += 1; // the opening quote
        let mut out = String::new();
        loop {
            let start = self.i;
            while self.i < self.s.len() && !matches!(self.s[self.i], b'"' | b'\\') && self.s[self.i] >= 0x20 {
                self.i += 1;
            }
            // The input is a &str and we stopped at ASCII bytes, so this slice is valid UTF-8.
            out.push_str(std::str::from_utf8(&self.s[start..self.i]).map_err(|_| self.err("bad text"))?);
            match self.s.get(self.i) {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = *self.s.get(self.i).ok_or_else(|| self.err("unexpected end"))?;
                    self.i += 1;
                    match c {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) && self.eat("\\u") {
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self.err("bad surrogate pair"));
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            out.push(char::from_u32(code).ok_or_else(|| self.err("bad \\u escape"))?);
                        }
                        _ => return Err(self.err("bad escape")),
                    }
                }
                Some(_) => return Err(self.err("control character in a string")),
                None => return Err(self.err("unterminated string")),
            }
        }
    }
}

/// A number as `f64::from_str` reads it (sign, digits, fraction, exponent), without core's float parser
/// (`dec2flt`: the wasm carries no float parsing or formatting, see vendor/README.md). Exact for integers below
/// 2^53 and for decimals of up to 15 digits with small exponents; no service field is a number, so a number
/// is only ever reported as the wrong type.
fn decimal(t: &str) -> Option<f64> {
    let (negative, t) = match t.as_bytes().first()? {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    let (mantissa, exp) = match t.find(['e', 'E']) {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int.is_empty() && frac.is_empty() || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut exp: i64 = match exp {
        Some(e) => {
            let (neg, digits) = match e.as_bytes().first()? {
                b'-' => (true, &e[1..]),
                b'+' => (false, &e[1..]),
                _ => (false, e),
            };
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let n = digits.bytes().fold(0i64, |n, b| n.saturating_mul(10).saturating_add((b - b'0') as i64));
            if neg { -n } else { n }
        }
        None => 0,
    };
    exp = exp.saturating_sub(frac.len() as i64);
    let mut value = int.bytes().chain(frac.bytes()).fold(0f64, |n, b| n * 10.0 + (b - b'0') as f64);
    while exp != 0 && value != 0.0 && value.is_finite() {
        let step = exp.clamp(-22, 22);
        let scale = (0..step.unsigned_abs()).fold(1f64, |p, _| p * 10.0);
        if step > 0 { value *= scale } else { value /= scale }
        exp -= step;
    }
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_usual_shapes() {
        let v = parse(r#" [{"a": "x\u00e9\"", "b": [1, -2.5e1, true, null]}] "#).unwrap();
        let Json::Arr(items) = v else { panic!() };
        assert_eq!(items[0].get("a"), Some(&Json::Str("xé\"".into())));
        assert_eq!(items[0].get("b"), Some(&Json::Arr(vec![Json::Num(1.0), Json::Num(-25.0), Json::Bool(true), Json::Null])));
        assert_eq!(parse(r#""\ud83d\ude00""#).unwrap(), Json::Str("😀".into()));
    }

    #[test]
    fn numbers_read_as_core_reads_them() {
        for t in ["0", "-0", "1", "-25", "2.5", "-2.5e1", "1E3", "12.75", "0.001", "1e-3", "+7", "5.", ".5", "123456789", "4e+2"] {
            assert_eq!(decimal(t), t.parse::<f64>().ok(), "{t}");
        }
        for t in ["", "-", ".", "e1", "1e", "1e+", "1.2.3", "--1", "1-"] {
            assert_eq!(decimal(t), None, "{t:?}");
        }
    }

    #[test]
    fn rejects_what_is_not_json_and_says_where() {
        for bad in ["", "[", "[1,]", "{\"a\" 1}", "{\"a\":1,\"a\":2}", "'x'", "[1] 2", "\"\u{1}\"", "1e999", "\"\\ud800\\u0041\""] {
            assert!(parse(bad).is_err(), "{bad:?} was accepted");
        }
        assert!(parse("[\n\n{").unwrap_err().ends_with("line 3"));
        let deep = "[".repeat(100) + &"]".repeat(100);
        assert!(parse(&deep).unwrap_err().starts_with("nested too deeply"));
    }

    /// What JSON.parse refuses, this parser refuses (the configurator and the widget used to disagree on these).
    #[test]
    fn numbers_follow_the_json_grammar() {
        for good in ["0", "-0", "1", "-25", "2.5", "-2.5e1", "1E3", "0.001", "1e-3", "4e+2", "10", "0e0", "[0,-0.5]"] {
            assert!(parse(good).is_ok(), "{good:?} was refused");
        }
        for bad in ["01", "-01", "00", "+1", "5.", "-5.", ".5", "-.5", "-", "1e", "1e+", "1.e5", "0x1", "1.2.3", "--1", "1-", "[01]", "Infinity", "NaN"] {
            assert!(parse(bad).is_err(), "{bad:?} was accepted");
        }
    }

    /// A lone surrogate cannot be shown as text (and a Rust string cannot hold it): the block is refused, as
    /// the configurator refuses it (it checks with this parser).
    #[test]
    fn lone_surrogates_are_refused() {
        for bad in [r#""\ud800""#, r#""\udc00""#, r#""a\ud83d""#, r#""\ude00\ud83d""#, r#""\ud83d\ud83d""#] {
            assert!(parse(bad).is_err(), "{bad} was accepted");
        }
        assert_eq!(parse(r#""\ud83d\ude00""#).unwrap(), Json::Str("😀".into()));
    }
}
