/** Exports of lists to CSV, XLSX and PDF files, written in the background and downloaded by whoever asked. */
package vn.vigil.web.rest.exports;
