// The same program as python/squares.py.
fn main() {
    let mut total: i64 = 0;
    for i in 0..5 {
        total += i * i;
        println!("{} {}", i, total);
    }
    println!("done");
}
