package pipeline

import (
	"sync"
	_ "unsafe" // go:linkname

	"github.com/apache/arrow/go/v15/parquet/compress"
	"github.com/klauspost/compress/zstd"
)

// The Parquet library's ZSTD codec makes a new encoder for every page it
// compresses (zstdCodec.EncodeLevel in arrow/go/v15), and a new encoder
// allocates and clears a window of several megabytes: most of the time
// spent writing Parquet went there. pooledZstd is the same codec with its
// encoders kept for reuse; EncodeAll resets an encoder before every block,
// so the bytes are those of a new encoder. It replaces the library's entry
// in its table of codecs, which has no other way in.
//
//go:linkname parquetCodecs github.com/apache/arrow/go/v15/parquet/compress.codecs
var parquetCodecs map[compress.Compression]compress.Codec

func init() {
	if c, ok := parquetCodecs[compress.Codecs.Zstd]; ok {
		parquetCodecs[compress.Codecs.Zstd] = pooledZstd{Codec: c}
	}
}

// pooledZstd is the library's codec but for EncodeLevel.
type pooledZstd struct{ compress.Codec }

// zstdEncoders keeps idle encoders per compression level, as many as row
// groups may be encoded at once (parquetEncoders); a writer that finds none
// makes one.
var zstdEncoders sync.Map // compress level -> chan *zstd.Encoder

func (z pooledZstd) EncodeLevel(dst, src []byte, level int) []byte {
	c, ok := zstdEncoders.Load(level)
	if !ok {
		c, _ = zstdEncoders.LoadOrStore(level, make(chan *zstd.Encoder, cap(parquetEncoders)))
	}
	idle := c.(chan *zstd.Encoder)
	var enc *zstd.Encoder
	select {
	case enc = <-idle:
	default:
		// as the library's EncodeLevel makes it
		lvl := zstd.EncoderLevelFromZstd(level)
		if level == compress.DefaultCompressionLevel {
			lvl = zstd.SpeedDefault
		}
		var err error
		// One block encoder: EncodeAll uses one at a time, and each
		// holds a window of 16 MB.
		if enc, err = zstd.NewWriter(nil, zstd.WithZeroFrames(true), zstd.WithEncoderLevel(lvl), zstd.WithEncoderConcurrency(1)); err != nil {
			return z.Codec.EncodeLevel(dst, src, level)
		}
	}
	out := enc.EncodeAll(src, dst[:0])
	select {
	case idle <- enc:
	default:
	}
	return out
}
