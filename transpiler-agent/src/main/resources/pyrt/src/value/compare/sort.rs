//! Sorting as `list.sort`/`sorted` do: stable, built on `<` only, with CPython's
//! comparison sequence for short lists (so a `TypeError` names the same operands).
//! Owner: runtime-core.

use super::lt_bool;
use crate::exc::PyResult;
use crate::int::Int;
use crate::value::Value;
use std::cmp::Ordering;

/// A total order for sorting built on `<` only, as `list.sort` uses (`TypeError` when
/// the items cannot be compared).
pub fn sort_values(items: &mut Vec<Value>, reverse: bool) -> PyResult<()> {
    let keys = items.clone();
    sort_by_keys(items, keys, reverse)
}

/// Sorts `items` by `keys` (same length), stably; `reverse` keeps stability as CPython's does.
pub fn sort_by_keys(items: &mut Vec<Value>, keys: Vec<Value>, reverse: bool) -> PyResult<()> {
    let mut pairs: Vec<(Value, Value)> = keys.into_iter().zip(items.drain(..)).collect();
    if reverse {
        pairs.reverse();
    }
    let result = if homogeneous_sort(&mut pairs) { Ok(()) } else { timsort_small_or_merge(&mut pairs) };
    if reverse {
        pairs.reverse();
    }
    items.extend(pairs.into_iter().map(|(_, v)| v));
    result
}

/// Sorts keys that are all small ints, all non-NaN floats or all strs with Rust's stable
/// sort (a total order, so the result is the one any stable sort gives); false otherwise.
fn homogeneous_sort(pairs: &mut Vec<(Value, Value)>) -> bool {
    if pairs.len() < 2 {
        return true;
    }
    if pairs.iter().all(|(k, _)| matches!(k, Value::Int(Int::Small(_)))) {
        pairs.sort_by_key(|(k, _)| match k {
            Value::Int(Int::Small(i)) => *i,
            _ => 0,
        });
        return true;
    }
    if pairs.iter().all(|(k, _)| matches!(k, Value::Float(f) if !f.is_nan())) {
        pairs.sort_by(|(a, _), (b, _)| match (a, b) {
            (Value::Float(x), Value::Float(y)) => x.partial_cmp(y).unwrap_or(Ordering::Equal),
            _ => Ordering::Equal,
        });
        return true;
    }
    if pairs.iter().all(|(k, _)| matches!(k, Value::Str(_))) {
        pairs.sort_by(|(a, _), (b, _)| match (a, b) {
            (Value::Str(x), Value::Str(y)) => x.cmp(y),
            _ => Ordering::Equal,
        });
        return true;
    }
    false
}

/// CPython's algorithm for short lists (`count_run` then binary insertion), which makes
/// the comparisons (hence any `TypeError` message) the same; a stable merge sort above.
fn timsort_small_or_merge(pairs: &mut Vec<(Value, Value)>) -> PyResult<()> {
    let n = pairs.len();
    if n < 2 {
        return Ok(());
    }
    if n >= 64 {
        return merge_sort(pairs);
    }
    // count_run
    let mut run = 2;
    if lt_bool(&pairs[1].0, &pairs[0].0)? {
        while run < n && lt_bool(&pairs[run].0, &pairs[run - 1].0)? {
            run += 1;
        }
        pairs[..run].reverse();
    } else {
        while run < n && !lt_bool(&pairs[run].0, &pairs[run - 1].0)? {
            run += 1;
        }
    }
    binary_insertion(pairs, run)
}

fn binary_insertion(pairs: &mut Vec<(Value, Value)>, start: usize) -> PyResult<()> {
    for s in start..pairs.len() {
        let (mut l, mut r) = (0, s);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt_bool(&pairs[s].0, &pairs[p].0)? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        let item = pairs.remove(s);
        pairs.insert(l, item);
    }
    Ok(())
}

fn merge_sort(pairs: &mut Vec<(Value, Value)>) -> PyResult<()> {
    let n = pairs.len();
    if n < 32 {
        return binary_insertion(pairs, 1);
    }
    let mut right = pairs.split_off(n / 2);
    let first = merge_sort(pairs).and_then(|_| merge_sort(&mut right));
    if let Err(e) = first {
        pairs.append(&mut right);
        return Err(e);
    }
    let left = std::mem::take(pairs);
    let mut out = Vec::with_capacity(n);
    let (mut li, mut ri) = (left.into_iter().peekable(), right.into_iter().peekable());
    loop {
        let step = match (li.peek(), ri.peek()) {
            (Some(l), Some(r)) => lt_bool(&r.0, &l.0),
            (Some(_), None) => Ok(false),
            (None, Some(_)) => Ok(true),
            (None, None) => break,
        };
        match step {
            Ok(true) => out.extend(ri.next()),
            Ok(false) => out.extend(li.next()),
            Err(e) => {
                out.extend(li);
                out.extend(ri);
                *pairs = out;
                return Err(e);
            }
        }
    }
    *pairs = out;
    Ok(())
}
