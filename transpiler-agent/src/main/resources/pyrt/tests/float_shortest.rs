//! `repr(float)`'s shortest digits (pyrt::shortest) against CPython on hard cases
//! (data/float_shortest.txt from gen_float_shortest.py) and against Rust's own shortest
//! formatting on a large sweep of bit patterns.

use pyrt::float;

fn x_of(hex: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(hex, 16).expect("hex bits"))
}

#[test]
fn hard_cases_match_cpython() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/float_shortest.txt"))
        .expect("tests/data/float_shortest.txt");
    let mut failures = Vec::new();
    for line in text.lines() {
        let (hex, want) = line.split_once(' ').expect("two fields");
        let got = float::repr(x_of(hex));
        if got != want {
            failures.push(format!("{}: got {}, CPython {}", hex, got, want));
        }
    }
    assert!(failures.is_empty(), "{} mismatches, first: {:?}", failures.len(), &failures[..failures.len().min(5)]);
}

/// Rust's `{:e}` gives the shortest digits too, except that when two shortest candidates are
/// equally near it may take the odd one where CPython takes the even one: those must be ties.
#[test]
fn sweep_matches_rust_shortest_digits() {
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut mismatches = Vec::new();
    for i in 0..400_000u64 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let bits = match i % 4 {
            0 => state & 0x7fef_ffff_ffff_ffff,
            // Typical magnitudes: exponents near 0.
            1 => (state & 0x000f_ffff_ffff_ffff) | ((1023 - 40 + (state >> 58) * 2) << 52),
            // Few significant bits: short decimals and ties.
            2 => (state & 0x000f_ff00_0000_0000) | ((1023 - 20 + (state >> 59)) << 52),
            _ => state & 0x000f_ffff_ffff_ffff,
        };
        let x = f64::from_bits(bits);
        if x == 0.0 || !x.is_finite() {
            continue;
        }
        let (digits, decpt) = pyrt::shortest::shortest(x);
        let rust = format!("{:e}", x);
        let (mantissa, exp) = rust.split_once('e').unwrap();
        let rust_digits: String = mantissa.chars().filter(|c| *c != '.').collect();
        let rust_decpt = exp.parse::<i64>().unwrap() + 1;
        if digits != rust_digits || decpt != rust_decpt {
            let back: f64 = format!("0.{}e{}", digits, decpt).parse().unwrap();
            let same_length = digits.len() == rust_digits.len();
            let even = (digits.as_bytes()[digits.len() - 1] - b'0') % 2 == 0;
            if back != x || !same_length || !even {
                mismatches.push(format!("{:016x}: ours 0.{}e{}, rust {}", bits, digits, decpt, rust));
            }
        }
    }
    assert!(mismatches.is_empty(), "{} mismatches, first: {:?}", mismatches.len(), &mismatches[..mismatches.len().min(5)]);
}
