/**
 * Points a line of wrapped 11 pt text takes in the tallest host the forms print from: LibreOffice, in the sheet's
 * fallback face Noto Serif CJK SC (ascent + descent 1.437 em), measured on a cell of 20 lines printed at 100 %
 * (pdftotext -bbox: 15.789 pt from one line's top to the next). Excel and WPS set 宋体 11 pt 14.25 pt a line or less.
 * A row that holds n lines is at least n × this tall (in proportion at another size).
 */
export const HOST_LINE_POINTS = 15.79;
