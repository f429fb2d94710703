export class ApiClient {
  // ruleid: secret-hardcoded-password-js
  private readonly apiKey: string = "3f9a7c1e5b2d4f6a8c0e";
  // ok: secret-hardcoded-password-js
  private readonly token: string = process.env.API_TOKEN ?? "";
}

// ruleid: secret-hardcoded-password-js
const clientSecret: string = "vK8-2mQz.Lp4~Xr7";
// ok: secret-hardcoded-password-js
const tokenHeader: string = "Authorization";

// Real-world shapes (bench/quality.mjs): constants that name a token or password field,
// event or error code, not a credential.
// ok: secret-hardcoded-password-js
export const REFRESH_TOKEN = "refresh_token";
// ok: secret-hardcoded-password-js
export const LoadAccessToken = "loadAccessToken";
// ok: secret-hardcoded-password-js
export const SIGN_IN_SUBMIT_PASSWORD = 100004;
export const CredentialType = {
  // ok: secret-hardcoded-password-js
  ACCESS_TOKEN: "AccessToken",
  // ok: secret-hardcoded-password-js
  REFRESH_TOKEN: 2002,
};
// ok: secret-hardcoded-password-js
export const PlatformAuthDOMGetToken = "platformAuthDOMGetToken";
// ruleid: secret-hardcoded-password-js
export const SERVICE_TOKEN = "tok3nValueWithD1gits";
