package io.github.hipercam.ucam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every way of copying 16-bit words gives what a word-by-word copy gives, for every length and alignment. */
class WordsTest {

    private static short word(byte[] b, int at) {
        return (short) ((b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8);
    }

    private static void put(byte[] b, int at, short w) {
        b[at] = (byte) w;
        b[at + 1] = (byte) (w >> 8);
    }

    @Test
    void reverse4SwapsTheWordsEndForEnd() {
        assertEquals(0x4444333322221111L, Words.reverse4(0x1111222233334444L));
        assertEquals(0x000000000000FFFFL, Words.reverse4(0xFFFF000000000000L));
    }

    @Test
    void copiesMatchTheWordByWordCopy() {
        Random rnd = new Random(7);
        byte[] src = new byte[500];
        rnd.nextBytes(src);
        for (int step : new int[] {1, -1, 6, -6, 3}) {
            for (int n = 0; n <= 13; n++) {
                for (int from : new int[] {200, 201, 250}) {
                    for (int to : new int[] {0, 2, 5}) {
                        byte[] expect = new byte[64];
                        byte[] got = new byte[64];
                        for (int i = 0; i < n; i++) {
                            put(expect, to + 2 * i, word(src, from + 2 * step * i));
                        }
                        Words.copy(ByteBuffer.wrap(src).order(ByteOrder.LITTLE_ENDIAN), from, step, got, to, n);
                        assertArrayEquals(expect, got, "step " + step + ", n " + n + ", from " + from + ", to " + to);
                    }
                }
            }
        }
    }
}
