//! Table-driven checks of `pyrt`'s int, float and format against CPython 3.12.
//! The tables under tests/data/ come from tests/gen_numeric_cases.py (see its header for
//! the encoding); every expected value there was computed by CPython.

use pyrt::bigint::BigInt;
use pyrt::exc::PyResult;
use pyrt::int::{int_cmp_float, Int, Number};
use pyrt::{float, format};
use std::cmp::Ordering;

fn table(name: &str) -> Vec<Vec<String>> {
    let path = format!("{}/tests/data/{}", env!("CARGO_MANIFEST_DIR"), name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {}", path, e));
    text.lines().map(|l| l.split('\t').map(str::to_string).collect()).collect()
}

fn unhex(h: &str) -> String {
    let bytes: Vec<u8> = (0..h.len() / 2).map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).unwrap()).collect();
    String::from_utf8(bytes).unwrap()
}

fn fbits(h: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(h, 16).unwrap())
}

fn int(s: &str) -> Int {
    Int::from_big(BigInt::parse_radix(s, 10).unwrap_or_else(|| panic!("bad int {}", s)))
}

/// Renders an outcome the way the table encodes it, with `enc` for a value.
fn render<T>(r: PyResult<T>, enc: impl Fn(T) -> String) -> String {
    match r {
        Ok(v) => enc(v),
        Err(e) => format!("!{}: {}", e.type_name, e.message),
    }
}

/// Decodes an expected cell: `!`+hex is an exception, otherwise `dec` applies.
fn expected(cell: &str, dec: impl Fn(&str) -> String) -> String {
    match cell.strip_prefix('!') {
        Some(h) => format!("!{}", unhex(h)),
        None => dec(cell),
    }
}

fn fenc(x: f64) -> String {
    format!("{:016x}", x.to_bits())
}

/// Collects mismatches and fails once with the first few.
struct Check {
    name: &'static str,
    count: usize,
    failures: Vec<String>,
}

impl Check {
    fn new(name: &'static str) -> Check {
        Check { name, count: 0, failures: Vec::new() }
    }

    fn eq(&mut self, got: String, want: String, what: impl FnOnce() -> String) {
        self.count += 1;
        if got != want {
            self.failures.push(format!("{}: got {:?}, want {:?}", what(), got, want));
        }
    }

    fn finish(self) {
        if !self.failures.is_empty() {
            let shown: Vec<&String> = self.failures.iter().take(25).collect();
            panic!("{}: {} of {} cases failed:\n{:#?}", self.name, self.failures.len(), self.count, shown);
        }
        eprintln!("{}: {} cases passed", self.name, self.count);
    }
}

#[test]
fn float_repr_matches_cpython() {
    let mut c = Check::new("float_repr");
    for row in table("float_repr.txt") {
        let x = fbits(&row[0]);
        c.eq(float::repr(x), unhex(&row[1]), || format!("repr({:e})", x));
    }
    c.finish();
}

#[test]
fn float_format_matches_cpython() {
    let mut c = Check::new("float_format");
    for row in table("float_format.txt") {
        let (x, spec) = (fbits(&row[0]), unhex(&row[1]));
        let got = render(format::format_float(x, &spec), |s| s);
        c.eq(got, expected(&row[2], unhex), || format!("format({:?}, {:?})", x, spec));
    }
    c.finish();
}

fn float_op(op: &str, a: f64, b: &str) -> String {
    match op {
        "floordiv" => render(float::floordiv(a, fbits(b)), fenc),
        "mod" => render(float::modulo(a, fbits(b)), fenc),
        "truediv" => render(float::truediv(a, fbits(b)), fenc),
        "divmod_q" => render(float::divmod(a, fbits(b)).map(|p| p.0), fenc),
        "divmod_r" => render(float::divmod(a, fbits(b)).map(|p| p.1), fenc),
        "pow" => render(float::pow(a, fbits(b)), fenc),
        "round" => render(float::round_half_even(a, Some(b.parse().unwrap())), fenc),
        "round_int" => render(float::round_to_int(a), |v| v.to_string()),
        "is_integer" => if float::is_integer(a) { "True" } else { "False" }.to_string(),
        "hex" => float::float_to_hex(a),
        "int" => render(Int::from_f64(a), |v| v.to_string()),
        _ => panic!("unknown op {}", op),
    }
}

#[test]
fn float_ops_match_cpython() {
    let mut c = Check::new("float_ops");
    for row in table("float_ops.txt") {
        let a = fbits(&row[1]);
        let got = float_op(&row[0], a, &row[2]);
        let want = expected(&row[3], |v| if row[0] == "hex" { unhex(v) } else { v.to_string() });
        // NaN results compare by being NaN, whatever their payload and sign.
        let nan = |s: &str| s.len() == 16 && u64::from_str_radix(s, 16).map_or(false, |b| f64::from_bits(b).is_nan());
        if nan(&got) && nan(&want) {
            continue;
        }
        c.eq(got, want, || format!("{}({:?}, {})", row[0], a, row[2]));
    }
    c.finish();
}

#[test]
fn parsing_matches_cpython() {
    let mut c = Check::new("parse");
    for row in table("parse.txt") {
        let text = unhex(&row[1]);
        let (got, want) = if row[0] == "float" {
            let got = render(float::parse_float(&text), fenc);
            let want = expected(&row[3], |v| v.to_string());
            let nan = |s: &str| !s.starts_with('!') && fbits(s).is_nan();
            if nan(&got) && nan(&want) {
                continue;
            }
            (got, want)
        } else {
            let base: u32 = row[2].parse().unwrap();
            (render(Int::parse(&text, base), |v| v.to_string()), expected(&row[3], |v| v.to_string()))
        };
        c.eq(got, want, || format!("{}({:?}, {})", row[0], text, row[2]));
    }
    c.finish();
}

fn int_op(op: &str, a: &Int, b: &str) -> String {
    let show = |v: Int| v.to_string();
    match op {
        "add" => a.add(&int(b)).to_string(),
        "sub" => a.sub(&int(b)).to_string(),
        "mul" => a.mul(&int(b)).to_string(),
        "floordiv" => render(a.floordiv(&int(b)), show),
        "mod" => render(a.modulo(&int(b)), show),
        "divmod" => render(a.divmod(&int(b)), |(q, r)| format!("{},{}", q, r)),
        "truediv" => render(a.truediv(&int(b)), fenc),
        "and" => a.bitand(&int(b)).to_string(),
        "or" => a.bitor(&int(b)).to_string(),
        "xor" => a.bitxor(&int(b)).to_string(),
        "cmp" => (a.cmp(&int(b)) as i32).to_string(),
        "pow" => render(a.pow(&int(b)), |n| match n {
            Number::Int(i) => i.to_string(),
            Number::Float(f) => format!("f{}", fenc(f)),
        }),
        "shl" => render(a.shl(&int(b)), show),
        "shr" => render(a.shr(&int(b)), show),
        "invert" => a.invert().to_string(),
        "neg" => (-a).to_string(),
        "abs" => a.abs().to_string(),
        "bit_length" => a.bit_length().to_string(),
        "float" => render(a.to_f64(), fenc),
        "radix" => a.to_string_radix(b.parse().unwrap()),
        "cmpf" => match int_cmp_float(a, fbits(b)) {
            None => "nan".to_string(),
            Some(Ordering::Less) => "-1".to_string(),
            Some(Ordering::Equal) => "0".to_string(),
            Some(Ordering::Greater) => "1".to_string(),
        },
        _ => match op.strip_prefix("powmod_") {
            Some(e) => render(a.pow_mod(&int(e), &int(b)), show),
            None => panic!("unknown op {}", op),
        },
    }
}

#[test]
fn int_ops_match_cpython() {
    let mut c = Check::new("int_ops");
    for row in table("int_ops.txt") {
        let a = int(&row[1]);
        let got = int_op(&row[0], &a, &row[2]);
        let want = expected(&row[3], |v| if row[0] == "radix" { unhex(v) } else { v.to_string() });
        c.eq(got, want, || format!("{}({}, {})", row[0], short(&row[1]), short(&row[2])));
    }
    c.finish();
}

fn short(s: &str) -> String {
    if s.len() > 40 {
        format!("{}…({} chars)", &s[..20], s.len())
    } else {
        s.to_string()
    }
}

#[test]
fn int_format_matches_cpython() {
    let mut c = Check::new("int_format");
    for row in table("int_format.txt") {
        let spec = unhex(&row[1]);
        let got = match row[0].as_str() {
            "T" => render(format::format_bool(true, &spec), |s| s),
            "F" => render(format::format_bool(false, &spec), |s| s),
            v => {
                let r = format::format_int(&int(v), &spec);
                render(r, |s| if v.len() > 4000 { s.chars().take(80).collect() } else { s })
            }
        };
        c.eq(got, expected(&row[2], unhex), || format!("format({}, {:?})", short(&row[0]), spec));
    }
    c.finish();
}

#[test]
fn str_format_and_repr_match_cpython() {
    let mut c = Check::new("str_format");
    for row in table("str_format.txt") {
        let (text, spec) = (unhex(&row[0]), unhex(&row[1]));
        let got = render(format::format_str(&text, &spec), |s| s);
        c.eq(got, expected(&row[2], unhex), || format!("format({:?}, {:?})", text, spec));
    }
    for row in table("repr_str.txt") {
        let text = unhex(&row[0]);
        c.eq(format::repr_str(&text), unhex(&row[1]), || format!("repr({:?})", text));
    }
    c.finish();
}
