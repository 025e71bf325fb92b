package io.wirecopy.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses are on the public internet. Not public: IPv4 this-network, private (RFC 1918),
 * carrier-grade NAT (100.64/10), loopback, link-local, IETF assignments (192.0.0/24), documentation
 * (192.0.2/24, 198.51.100/24, 203.0.113/24), 6to4 relays (192.88.99/24), benchmarking (198.18/15),
 * multicast, reserved and broadcast; IPv6 unspecified, loopback, link-local, site-local, unique-local,
 * multicast, documentation, Teredo; and every IPv6 form that carries an IPv4 address (IPv4-mapped,
 * IPv4-compatible, NAT64 64:ff9b::/96 and 64:ff9b:1::/48, 6to4 2002::/16) is judged as that IPv4 address.
 */
public final class Addresses {

    private Addresses() {
    }

    public static boolean isPublic(InetAddress a) {
        if (a instanceof Inet4Address) {
            return isPublicV4(a.getAddress());
        }
        if (a instanceof Inet6Address) {
            return isPublicV6(a.getAddress());
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int o0 = b[0] & 0xFF;
        int o1 = b[1] & 0xFF;
        int o2 = b[2] & 0xFF;
        return !(o0 == 0 || o0 == 10 || o0 == 127 || o0 >= 224 // this network, private, loopback, multicast, reserved
                || (o0 == 100 && (o1 & 0xC0) == 64) // carrier-grade NAT 100.64/10
                || (o0 == 169 && o1 == 254) // link-local
                || (o0 == 172 && (o1 & 0xF0) == 16) // private 172.16/12
                || (o0 == 192 && o1 == 168) // private
                || (o0 == 192 && o1 == 0 && (o2 == 0 || o2 == 2)) // IETF assignments, TEST-NET-1
                || (o0 == 192 && o1 == 88 && o2 == 99) // 6to4 relay anycast
                || (o0 == 198 && (o1 == 18 || o1 == 19)) // benchmarking
                || (o0 == 198 && o1 == 51 && o2 == 100) // TEST-NET-2
                || (o0 == 203 && o1 == 0 && o2 == 113)); // TEST-NET-3
    }

    private static boolean isPublicV6(byte[] b) {
        boolean zeroTen = true;
        for (int i = 0; i < 10; i++) {
            zeroTen &= b[i] == 0;
        }
        int w0 = word(b, 0);
        int w1 = word(b, 2);
        if (zeroTen && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xFF && b[11] == (byte) 0xFF))) {
            // ::a.b.c.d (also :: and ::1) and ::ffff:a.b.c.d
            return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]});
        }
        if (w0 == 0x64 && w1 == 0xff9b) { // NAT64 64:ff9b::/96 and the local-use 64:ff9b:1::/48
            return word(b, 4) == 0 && isPublicV4(new byte[] {b[12], b[13], b[14], b[15]});
        }
        if (w0 == 0x2002) { // 6to4: the IPv4 address in bits 16-47
            return isPublicV4(new byte[] {b[2], b[3], b[4], b[5]});
        }
        int first = b[0] & 0xFF;
        return !((first & 0xFE) == 0xFC // unique local fc00::/7
                || first == 0xFF // multicast
                || (first == 0xFE && (b[1] & 0xC0) == 0x80) // link-local fe80::/10
                || (first == 0xFE && (b[1] & 0xC0) == 0xC0) // site-local fec0::/10
                || (w0 == 0x2001 && w1 == 0x0db8) // documentation
                || (w0 == 0x2001 && w1 == 0) // Teredo: tunnels to anywhere
                || (w0 == 0x0100 && w1 == 0 && word(b, 4) == 0 && word(b, 6) == 0) // discard-only 100::/64
                || (first == 0 && !zeroTen)); // the rest of ::/8 is reserved
    }

    private static int word(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }
}
