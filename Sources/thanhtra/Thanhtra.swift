@main
struct Thanhtra {
    static func main() { print("thanhtra") }
}
