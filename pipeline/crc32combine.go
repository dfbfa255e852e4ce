package pipeline

// crc32Combine returns the CRC-32 (IEEE) of a followed by b, given crcA of
// a, crcB of b and b's length. A worksheet's rows are deflated and summed
// as they come, long before the XML around them is known; this joins the
// sums. It is zlib's crc32_combine: appending n zero bytes to a message
// is a linear map of its CRC, applied by squaring a matrix over GF(2).
func crc32Combine(crcA, crcB uint32, lenB int64) uint32 {
	if lenB <= 0 {
		return crcA ^ crcB
	}
	var even, odd [32]uint32 // operators for 2^k zero bits
	odd[0] = 0xedb88320      // the IEEE polynomial, reversed: one zero bit
	row := uint32(1)
	for n := 1; n < 32; n++ {
		odd[n] = row
		row <<= 1
	}
	gf2Square(&even, &odd) // two zero bits
	gf2Square(&odd, &even) // four
	// apply lenB zero bytes, one bit of lenB at a time: the first
	// squaring gives one zero byte (eight bits)
	for {
		gf2Square(&even, &odd)
		if lenB&1 != 0 {
			crcA = gf2Times(&even, crcA)
		}
		if lenB >>= 1; lenB == 0 {
			break
		}
		gf2Square(&odd, &even)
		if lenB&1 != 0 {
			crcA = gf2Times(&odd, crcA)
		}
		if lenB >>= 1; lenB == 0 {
			break
		}
	}
	return crcA ^ crcB
}

func gf2Times(mat *[32]uint32, vec uint32) uint32 {
	var sum uint32
	for i := 0; vec != 0; i, vec = i+1, vec>>1 {
		if vec&1 != 0 {
			sum ^= mat[i]
		}
	}
	return sum
}

func gf2Square(square, mat *[32]uint32) {
	for n := range mat {
		square[n] = gf2Times(mat, mat[n])
	}
}
