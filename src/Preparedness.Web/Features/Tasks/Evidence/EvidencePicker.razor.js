// Photos from the field, over a slow connection: before a photo leaves the phone it is made at most
// 2,000 px on its long side and sent as JPEG. The browser turns the pixels upright as it decodes them,
// so the photo's EXIF segment (capture time, GPS position) is copied into the new JPEG with its
// orientation reset to "upright"; the server reads both from there. PDFs and photos the browser cannot
// decode go as they are (the server decides what they are). Blazor's own file input then reads the
// smaller files: this only swaps the files before it sees the change.
const maxEdge = 2000;
const quality = 0.85;
const ours = new WeakSet();

export function attach(root) {
  if (!root || root.dataset.downscale) return;
  root.addEventListener("change", (event) => {
    const input = event.target;
    if (ours.has(event) || !(input instanceof HTMLInputElement) || input.type !== "file") return;
    const files = Array.from(input.files || []);
    if (!files.some(isPhoto)) return;
    event.stopImmediatePropagation();
    root.dataset.downscale = "working";
    Promise.all(files.map((file) => (isPhoto(file) ? shrink(file).catch(() => file) : file))).then((ready) => {
      const transfer = new DataTransfer();
      ready.forEach((file) => transfer.items.add(file));
      input.files = transfer.files;
      root.dataset.downscale = "ready";
      const again = new Event("change", { bubbles: true });
      ours.add(again);
      input.dispatchEvent(again);
    });
  }, true);
  root.dataset.downscale = "ready";
}

const isPhoto = (file) => /^image\/(jpeg|png|webp)$/.test(file.type);

async function shrink(file) {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, maxEdge / Math.max(bitmap.width, bitmap.height));
  if (scale === 1 && file.type === "image/jpeg") {
    bitmap.close();
    return file;
  }

  const canvas = document.createElement("canvas");
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  const context = canvas.getContext("2d");
  context.fillStyle = "#fff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const jpeg = new Uint8Array(await (await new Promise((done) => canvas.toBlob(done, "image/jpeg", quality))).arrayBuffer());
  const exif = file.type === "image/jpeg" ? exifSegment(new Uint8Array(await file.slice(0, 256 * 1024).arrayBuffer())) : null;
  const parts = exif ? [jpeg.subarray(0, 2), exif, jpeg.subarray(2)] : [jpeg];
  return new File(parts, file.name.replace(/\.[^.]*$/, "") + ".jpg", { type: "image/jpeg", lastModified: file.lastModified });
}

// The APP1 "Exif" segment of a JPEG (markers from the start of the file up to the image data), or null.
function exifSegment(bytes) {
  for (let at = 2; at + 10 <= bytes.length && bytes[at] === 0xff && bytes[at + 1] !== 0xda;) {
    const length = (bytes[at + 2] << 8) | bytes[at + 3];
    const exif = bytes[at + 1] === 0xe1 && String.fromCharCode(...bytes.subarray(at + 4, at + 8)) === "Exif";
    if (exif && at + 2 + length <= bytes.length) return upright(bytes.slice(at, at + 2 + length));
    at += 2 + length;
  }
  return null;
}

// Sets IFD0's orientation tag (0x0112) to 1: the copied pixels are already upright.
function upright(segment) {
  const tiff = 10;
  const view = new DataView(segment.buffer);
  const little = segment[tiff] === 0x49;
  const ifd0 = tiff + view.getUint32(tiff + 4, little);
  const count = ifd0 + 2 <= segment.length ? view.getUint16(ifd0, little) : 0;
  for (let i = 0; i < count && ifd0 + 14 + i * 12 <= segment.length; i++) {
    const entry = ifd0 + 2 + i * 12;
    if (view.getUint16(entry, little) === 0x0112) view.setUint16(entry + 8, 1, little);
  }
  return segment;
}
