//! Python's `list[T]`: a growable array with reference semantics, because Python lists
//! alias (`b = a; b.append(1)` changes `a`). Cloning a `List` clones the reference.

use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::obj::PyObj;
use std::cell::RefCell;
use std::rc::Rc;

pub struct List<T>(Rc<RefCell<Vec<T>>>);

impl<T> Clone for List<T> {
    fn clone(&self) -> List<T> {
        List(Rc::clone(&self.0))
    }
}

/// Maps a Python index (negative counts from the end) into `0..len`, or raises
/// `IndexError` with `message`, as CPython does for `seq[i]`.
pub fn normalize_index(index: &Int, len: usize, message: &str) -> PyResult<usize> {
    let i = match index.to_i64() {
        Some(i) => i,
        None => return Err(PyErr::index_error("cannot fit 'int' into an index-sized integer")),
    };
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::index_error(message));
    }
    Ok(j as usize)
}

/// An index argument of a list method (`pop`, `insert`): CPython converts it to a C `Py_ssize_t`
/// (64 bits on the CPython we match, whatever the target) before looking at the list.
pub fn ssize_arg(index: &Int) -> PyResult<i64> {
    index.to_i64().ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t"))
}

/// The repeat count of `seq * n`: non-positive counts give an empty sequence.
pub fn repeat_count(times: &Int) -> PyResult<usize> {
    match times.to_i64() {
        Some(n) if n <= 0 => Ok(0),
        // A count past usize (wasm32's 32 bits) could never be allocated: CPython's MemoryError,
        // not a count cut to its low bits.
        Some(n) => usize::try_from(n).map_err(|_| PyErr::new("MemoryError", "")),
        None if *times < Int::from(0i64) => Ok(0),
        None => Err(PyErr::overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

impl<T: Clone> List<T> {
    pub fn new() -> List<T> {
        List(Rc::new(RefCell::new(Vec::new())))
    }

    pub fn from_vec(items: Vec<T>) -> List<T> {
        List(Rc::new(RefCell::new(items)))
    }

    /// A copy of the current elements.
    pub fn to_vec(&self) -> Vec<T> {
        self.0.borrow().clone()
    }

    pub fn len_usize(&self) -> usize {
        self.0.borrow().len()
    }

    /// `len(a)`.
    pub fn len(&self) -> Int {
        Int::from(self.len_usize())
    }

    /// `a.append(x)`.
    pub fn append(&self, item: T) {
        self.0.borrow_mut().push(item);
    }

    /// `a.extend(b)` and `a += b`; `a.extend(a)` doubles the list as in Python.
    pub fn extend(&self, other: &List<T>) {
        let more = other.to_vec();
        self.0.borrow_mut().extend(more);
    }

    /// `a.pop()`.
    pub fn pop(&self) -> PyResult<T> {
        self.0.borrow_mut().pop().ok_or_else(|| PyErr::index_error("pop from empty list"))
    }

    /// `a.pop(i)`: CPython checks for an empty list before it looks at the index.
    pub fn pop_at(&self, index: &Int) -> PyResult<T> {
        let i = ssize_arg(index)?;
        let mut items = self.0.borrow_mut();
        if items.is_empty() {
            return Err(PyErr::index_error("pop from empty list"));
        }
        let i = normalize_index(&Int::Small(i), items.len(), "pop index out of range")?;
        Ok(items.remove(i))
    }

    /// `a[i]`. The in-range `i64` index is the inlined path; everything else (negative
    /// indices, big ints, the `IndexError`) is out of line, so loops stay small.
    #[inline]
    pub fn get(&self, index: &Int) -> PyResult<T> {
        match index {
            Int::Small(i) => self.get_small(*i),
            big => self.get_slow(big),
        }
    }

    /// `a[i]` with an index the translation holds as an `i64` (a bounded local, a literal).
    #[inline(always)]
    pub fn get_small(&self, index: i64) -> PyResult<T> {
        {
            let items = self.0.borrow();
            if (index as u64) < items.len() as u64 {
                return Ok(items[index as usize].clone());
            }
        }
        self.get_slow(&Int::Small(index))
    }

    #[inline(never)]
    fn get_slow(&self, index: &Int) -> PyResult<T> {
        let items = self.0.borrow();
        let i = normalize_index(index, items.len(), "list index out of range")?;
        Ok(items[i].clone())
    }

    /// `a[i] = value`.
    #[inline]
    pub fn set(&self, index: &Int, value: T) -> PyResult<()> {
        match index {
            Int::Small(i) => self.set_small(*i, value),
            big => self.set_slow(big, value),
        }
    }

    /// `a[i] = value` with an index the translation holds as an `i64`.
    #[inline(always)]
    pub fn set_small(&self, index: i64, value: T) -> PyResult<()> {
        {
            let mut items = self.0.borrow_mut();
            if (index as u64) < items.len() as u64 {
                items[index as usize] = value;
                return Ok(());
            }
        }
        self.set_slow(&Int::Small(index), value)
    }

    #[inline(never)]
    fn set_slow(&self, index: &Int, value: T) -> PyResult<()> {
        let mut items = self.0.borrow_mut();
        let i = normalize_index(index, items.len(), "list assignment index out of range")?;
        items[i] = value;
        Ok(())
    }

    /// `a[i], a[j] = a[j], a[i]`: reads position `first` (`j`) and then `second` (`i`),
    /// raising `IndexError` as those reads would, then exchanges the two elements.
    #[inline]
    pub fn swap(&self, first: &Int, second: &Int) -> PyResult<()> {
        let mut items = self.0.borrow_mut();
        let n = items.len();
        let j = match first {
            Int::Small(j) if (*j as u64) < n as u64 => *j as usize,
            _ => normalize_index(first, n, "list index out of range")?,
        };
        let i = match second {
            Int::Small(i) if (*i as u64) < n as u64 => *i as usize,
            _ => normalize_index(second, n, "list index out of range")?,
        };
        items.swap(i, j);
        Ok(())
    }

    /// `a[lower:upper:step]`: a new list.
    pub fn slice(&self, lower: Option<&Int>, upper: Option<&Int>, step: Option<&Int>) -> PyResult<List<T>> {
        let items = self.0.borrow();
        if step.is_none() {
            // A step-1 slice is one contiguous run: copy it at once.
            let (start, stop) = crate::slice::bounds(items.len(), lower, upper);
            return Ok(List::from_vec(items[start..stop.max(start)].to_vec()));
        }
        let picked = crate::slice::positions(items.len(), lower, upper, step)?;
        Ok(List::from_vec(picked.into_iter().map(|i| items[i].clone()).collect()))
    }

    /// `a * n`: a new list holding the elements (not copies of them) `n` times.
    pub fn repeat(&self, times: &Int) -> PyResult<List<T>> {
        let n = repeat_count(times)?;
        let items = self.0.borrow();
        let mut out = Vec::with_capacity(items.len().saturating_mul(n));
        for _ in 0..n {
            out.extend(items.iter().cloned());
        }
        Ok(List::from_vec(out))
    }

    /// `a + b`: a new list.
    pub fn concat(&self, other: &List<T>) -> List<T> {
        let mut out = self.to_vec();
        out.extend(other.to_vec());
        List::from_vec(out)
    }

    /// Iterates like CPython's list iterator: by position, re-reading the length each step,
    /// so appending inside a `for` loop over the list is seen by the loop.
    pub fn iter(&self) -> ListIter<T> {
        ListIter { list: self.clone(), next: 0 }
    }

    /// Whether both values are the same list object (`a is b`).
    pub fn is(&self, other: &List<T>) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: Clone + PartialEq> List<T> {
    /// `x in a`.
    pub fn contains(&self, item: &T) -> bool {
        self.0.borrow().iter().any(|x| x == item)
    }

    /// `a.index(x)`: the first position holding `x`.
    pub fn index(&self, item: &T) -> PyResult<Int>
    where
        T: PyObj,
    {
        match self.0.borrow().iter().position(|x| x == item) {
            Some(i) => Ok(Int::from(i)),
            None => Err(PyErr::value_error(format!("{} is not in list", item.py_repr()?))),
        }
    }

    /// `a.count(x)`.
    pub fn count(&self, item: &T) -> Int {
        Int::from(self.0.borrow().iter().filter(|x| *x == item).count())
    }

    /// `a.remove(x)`: removes the first `x`.
    pub fn remove(&self, item: &T) -> PyResult<()> {
        let mut items = self.0.borrow_mut();
        match items.iter().position(|x| x == item) {
            Some(i) => {
                items.remove(i);
                Ok(())
            }
            None => Err(PyErr::value_error("list.remove(x): x not in list")),
        }
    }
}

impl<T: Clone> List<T> {
    /// `a.insert(i, x)`: like a slice assignment, the index is clamped into `0..=len`.
    pub fn insert(&self, index: &Int, item: T) -> PyResult<()> {
        let i = ssize_arg(index)?;
        let mut items = self.0.borrow_mut();
        let n = items.len() as i64;
        let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
        items.insert(i as usize, item);
        Ok(())
    }

    /// `a.reverse()`.
    pub fn reverse(&self) {
        self.0.borrow_mut().reverse();
    }

    /// `reversed(a)`: CPython's list reverse iterator, which reads the list as it is at each step.
    pub fn iter_rev(&self) -> ListRevIter<T> {
        ListRevIter { list: self.clone(), next: self.len_usize() as isize - 1 }
    }
}

pub struct ListRevIter<T> {
    list: List<T>,
    next: isize,
}

impl<T: Clone> Iterator for ListRevIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        let items = self.list.0.borrow();
        if self.next < 0 || self.next as usize >= items.len() {
            self.next = -1;
            return None;
        }
        let item = items[self.next as usize].clone();
        self.next -= 1;
        Some(item)
    }
}

impl<T: Clone + PartialOrd> List<T> {
    /// `a.sort()` and `a.sort(reverse=True)`: a stable sort, as CPython's. With `reverse`,
    /// equal elements keep their order, as in CPython. Values without an order among
    /// themselves (a float NaN) stop the program: CPython's result then depends on its algorithm.
    pub fn sort(&self, reverse: bool) -> PyResult<()> {
        let mut items = self.0.borrow_mut();
        let mut unordered = false;
        items.sort_by(|a, b| {
            let ord = if reverse { b.partial_cmp(a) } else { a.partial_cmp(b) };
            ord.unwrap_or_else(|| {
                unordered = true;
                std::cmp::Ordering::Equal
            })
        });
        if unordered {
            return Err(PyErr::untranslatable("sorting values that have no order among them (NaN)"));
        }
        Ok(())
    }
}

// Sorting by key needs only the keys to be ordered, not the elements (instances of classes have no order).
impl<T: Clone> List<T> {
    /// `sorted(a, key=f, reverse=r)`: each key computed once, in order (a raising key stops
    /// there), then a stable sort by key as CPython's.
    pub fn sorted_by_key<K: PartialOrd, F: FnMut(&T) -> PyResult<K>>(&self, reverse: bool, mut key: F) -> PyResult<List<T>> {
        let items = self.to_vec();
        let mut keyed = Vec::with_capacity(items.len());
        for item in items {
            let k = key(&item)?;
            keyed.push((k, item));
        }
        let mut unordered = false;
        keyed.sort_by(|a, b| {
            let ord = if reverse { b.0.partial_cmp(&a.0) } else { a.0.partial_cmp(&b.0) };
            ord.unwrap_or_else(|| {
                unordered = true;
                std::cmp::Ordering::Equal
            })
        });
        if unordered {
            return Err(PyErr::untranslatable("sorting by keys that have no order among them (NaN)"));
        }
        Ok(List::from_vec(keyed.into_iter().map(|(_, item)| item).collect()))
    }
}

impl<T: Clone + PartialOrd> List<T> {

    /// `sorted(a)`: a sorted copy.
    pub fn sorted(&self, reverse: bool) -> PyResult<List<T>> {
        let copy = List::from_vec(self.to_vec());
        copy.sort(reverse)?;
        Ok(copy)
    }
}

impl<T: Clone> Default for List<T> {
    fn default() -> List<T> {
        List::new()
    }
}

pub struct ListIter<T> {
    list: List<T>,
    next: usize,
}

impl<T: Clone> Iterator for ListIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        let items = self.list.0.borrow();
        let item = items.get(self.next).cloned();
        self.next += 1;
        item
    }
}

impl<T: PartialEq> PartialEq for List<T> {
    fn eq(&self, other: &List<T>) -> bool {
        Rc::ptr_eq(&self.0, &other.0) || *self.0.borrow() == *other.0.borrow()
    }
}

/// Lexicographic, as Python compares lists.
impl<T: PartialOrd> PartialOrd for List<T> {
    fn partial_cmp(&self, other: &List<T>) -> Option<std::cmp::Ordering> {
        self.0.borrow().partial_cmp(&*other.0.borrow())
    }
}

impl<T: PyObj> PyObj for List<T> {
    fn write_repr(&self, out: &mut String) -> PyResult<()> {
        out.push('[');
        for (i, item) in self.0.borrow().iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            item.write_repr(out)?;
        }
        out.push(']');
        Ok(())
    }

    fn truthy(&self) -> bool {
        !self.0.borrow().is_empty()
    }
}

/// Debug output is the Python repr, which is what a person reading a test failure expects.
impl<T: PyObj> std::fmt::Debug for List<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.py_repr().unwrap_or_else(|e| format!("<{}>", e)))
    }
}
