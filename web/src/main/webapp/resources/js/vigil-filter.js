/*
 * Diacritic-insensitive matching for PrimeFaces list filters: "dai phuoc" finds "Xã Đại Phước".
 * The browser's normalisation drops the tone and vowel marks; đ/Đ are letters of their own and are folded by hand,
 * as Text.fold does on the server.
 */
function vigilFold(text) {
    return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
            .toLowerCase().replace(/\s+/g, ' ').trim();
}

function vigilContains(label, typed) {
    return vigilFold(label).indexOf(vigilFold(typed)) >= 0;
}
