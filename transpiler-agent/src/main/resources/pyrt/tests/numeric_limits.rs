//! The `sys.set_int_max_str_digits` limit. It is process-wide state, so these checks
//! live in their own test binary and run in one test function.

use pyrt::bigint::BigInt;
use pyrt::int::{self, Int};
use pyrt::format;

#[test]
fn str_digit_limit_like_cpython() {
    let big = Int::from_big(BigInt::from_u64(10).pow(5000));
    // str(10**5000)
    let e = big.to_str_checked().unwrap_err();
    assert_eq!(
        e.to_string(),
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    );
    // format(10**5000, 'x') has no limit; format(10**5000, 'd') has.
    assert!(format::format_int(&big, "x").is_ok());
    assert!(format::format_int(&big, "d").is_err());
    // int('1' * 5000)
    let e = Int::parse(&"1".repeat(5000), 10).unwrap_err();
    assert_eq!(
        e.to_string(),
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion: \
         value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"
    );
    // sys.set_int_max_str_digits(100)
    assert_eq!(
        int::set_max_str_digits(100).unwrap_err().to_string(),
        "ValueError: maxdigits must be 0 or larger than 640"
    );
    int::set_max_str_digits(0).unwrap();
    assert_eq!(big.to_str_checked().unwrap().len(), 5001);
    assert_eq!(Int::parse(&"1".repeat(5000), 10).unwrap().to_string().len(), 5000);
    int::set_max_str_digits(int::DEFAULT_MAX_STR_DIGITS).unwrap();
}
