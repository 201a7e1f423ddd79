// Logging in as the login page does, through Frappe's login endpoint: the password, then, for a
// user whose role has two-factor login (the desk roles of basiszorg by default), the code of the
// authenticator app. Through the endpoint, not the page's form, so a bench with a customised
// login page logs in the same way.
const crypto = require("crypto");

// The code of an authenticator app (TOTP, RFC 6238: HMAC-SHA1, 30 s, 6 digits) for a base32 secret.
function totp(secret) {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
	let bits = "";
	for (const c of secret.replace(/=+$/, "")) bits += alphabet.indexOf(c).toString(2).padStart(5, "0");
	const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
	const counter = Buffer.alloc(8);
	counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30000)));
	const hmac = crypto.createHmac("sha1", key).update(counter).digest();
	const offset = hmac[hmac.length - 1] & 0xf;
	return String((hmac.readUInt32BE(offset) & 0x7fffffff) % 1000000).padStart(6, "0");
}

// Log `user` in on the request context (a browser context's or a page's); returns whether the
// password alone was enough (false: a second factor was asked). Throws when the login fails.
async function signIn(request, base, user, password, otpSecret) {
	const first = await (await request.post(`${base}/api/method/login`, { form: { usr: user, pwd: password } })).json();
	if (first.message === "Logged In" || first.home_page) return true;
	if (!(first.tmp_id && first.verification)) throw new Error(`login of ${user} refused (${JSON.stringify(first).slice(0, 300)})`);
	if (!otpSecret) throw new Error(`${user} is asked for a second factor, and no secret is known`);
	let second = {};
	for (let attempt = 0; attempt < 2 && second.message !== "Logged In"; attempt++) {
		// a code made just before its 30 seconds end can arrive too late: then type the next one
		second = await (await request.post(`${base}/api/method/login`, {
			form: { tmp_id: first.tmp_id, otp: totp(otpSecret) },
		})).json();
	}
	if (second.message !== "Logged In") throw new Error(`${user}: login with the second factor failed (${JSON.stringify(second).slice(0, 300)})`);
	return false;
}

module.exports = { signIn, totp };
