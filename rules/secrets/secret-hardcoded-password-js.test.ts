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
