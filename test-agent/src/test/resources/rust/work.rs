// Enough work for the interpreter and the compiler to differ in speed.
fn main() {
    let mut v: Vec<u64> = Vec::new();
    for i in 0..1_000_000u64 {
        v.push(i * 7 % 1000);
    }
    let mut s: u64 = 0;
    for x in &v {
        s = s.wrapping_add(x * x);
    }
    println!("{}", s);
}
