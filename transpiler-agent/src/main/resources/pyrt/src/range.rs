//! Python's `range`, iterated by `for` loops. Bounds that fit in `i64` take a fast path;
//! larger ones step with big integers, as `range(2**100, 2**100 + 3)` works in Python.

use crate::exc::{PyErr, PyResult};
use crate::int::Int;

pub enum Range {
    Small { next: i64, stop: i64, step: i64 },
    Big { next: Int, stop: Int, step: Int },
}

/// `range(start, stop)` whose bounds the translation holds as `i64`s: the values in between are
/// `i64`s too, so a plain Rust range steps them (empty when `stop <= start`, as in Python).
#[inline(always)]
pub fn machine(start: i64, stop: i64) -> std::ops::Range<i64> {
    start..stop
}

/// `range(stop)`.
#[inline]
pub fn range1(stop: &Int) -> Range {
    range2(&Int::Small(0), stop)
}

/// `range(start, stop)`.
#[inline]
pub fn range2(start: &Int, stop: &Int) -> Range {
    match (start, stop) {
        (Int::Small(next), Int::Small(stop)) => Range::Small { next: *next, stop: *stop, step: 1 },
        _ => Range::Big { next: start.clone(), stop: stop.clone(), step: Int::Small(1) },
    }
}

/// `range(start, stop, step)`.
#[inline]
pub fn range3(start: &Int, stop: &Int, step: &Int) -> PyResult<Range> {
    if step.to_i64() == Some(0) {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    match (start.to_i64(), stop.to_i64(), step.to_i64()) {
        (Some(next), Some(stop), Some(step)) => Ok(Range::Small { next, stop, step }),
        _ => Ok(Range::Big { next: start.clone(), stop: stop.clone(), step: step.clone() }),
    }
}

impl Iterator for Range {
    type Item = Int;

    #[inline]
    fn next(&mut self) -> Option<Int> {
        match self {
            Range::Small { next, stop, step } => {
                let current = *next;
                if (*step > 0 && current >= *stop) || (*step < 0 && current <= *stop) {
                    return None;
                }
                // Past i64 means past `stop`, which is an i64: park on `stop` to end.
                *next = current.checked_add(*step).unwrap_or(*stop);
                Some(Int::from(current))
            }
            Range::Big { .. } => self.next_big(),
        }
    }
}

impl Range {
    #[inline(never)]
    fn next_big(&mut self) -> Option<Int> {
        if let Range::Big { next, stop, step } = self {
            let positive = *step > Int::from(0i64);
            if (positive && *next >= *stop) || (!positive && *next <= *stop) {
                return None;
            }
            let current = next.clone();
            *next = current.add(step);
            return Some(current);
        }
        None
    }
}
