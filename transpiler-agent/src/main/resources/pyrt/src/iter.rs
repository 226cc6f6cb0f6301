//! The iterables `for` loops use besides lists, strs and ranges: `enumerate` and `zip`.
//! Both are lazy, as in Python, so a loop that appends to the list it enumerates sees it.

use crate::int::Int;

/// `enumerate(items, start)`: pairs of a counter (an unbounded `int`) and an item.
pub struct Enumerate<I> {
    items: I,
    next: Int,
}

pub fn enumerate<I: Iterator>(items: I, start: Int) -> Enumerate<I> {
    Enumerate { items, next: start }
}

impl<I: Iterator> Iterator for Enumerate<I> {
    type Item = (Int, I::Item);

    fn next(&mut self) -> Option<(Int, I::Item)> {
        let item = self.items.next()?;
        let count = self.next.clone();
        self.next = count.add(&Int::from(1i64));
        Some((count, item))
    }
}

/// `zip(a, b)`: stops at the shorter; like CPython it asks `a` first, and not `b` once `a` ends.
pub fn zip2<A: Iterator, B: Iterator>(a: A, b: B) -> std::iter::Zip<A, B> {
    a.zip(b)
}

/// `zip(a, b, c)`.
pub struct Zip3<A, B, C> {
    a: A,
    b: B,
    c: C,
}

pub fn zip3<A: Iterator, B: Iterator, C: Iterator>(a: A, b: B, c: C) -> Zip3<A, B, C> {
    Zip3 { a, b, c }
}

impl<A: Iterator, B: Iterator, C: Iterator> Iterator for Zip3<A, B, C> {
    type Item = (A::Item, B::Item, C::Item);

    fn next(&mut self) -> Option<Self::Item> {
        let x = self.a.next()?;
        let y = self.b.next()?;
        let z = self.c.next()?;
        Some((x, y, z))
    }
}
