/// Unicode scalar values of the letters the stemmers test for, to keep the rules readable.
enum Letter {
    static let a: UInt32 = 0x61
    static let c: UInt32 = 0x63
    static let d: UInt32 = 0x64
    static let e: UInt32 = 0x65
    static let g: UInt32 = 0x67
    static let h: UInt32 = 0x68
    static let i: UInt32 = 0x69
    static let k: UInt32 = 0x6B
    static let l: UInt32 = 0x6C
    static let m: UInt32 = 0x6D
    static let n: UInt32 = 0x6E
    static let o: UInt32 = 0x6F
    static let p: UInt32 = 0x70
    static let r: UInt32 = 0x72
    static let s: UInt32 = 0x73
    static let t: UInt32 = 0x74
    static let u: UInt32 = 0x75
    static let w: UInt32 = 0x77
    static let x: UInt32 = 0x78
    static let y: UInt32 = 0x79
    static let capitalY: UInt32 = 0x59
    static let apostrophe: UInt32 = 0x27
    static let aAcute: UInt32 = 0xE1
    static let eAcute: UInt32 = 0xE9
    static let iAcute: UInt32 = 0xED
    static let oAcute: UInt32 = 0xF3
    static let uAcute: UInt32 = 0xFA
    static let uDiaeresis: UInt32 = 0xFC
}
