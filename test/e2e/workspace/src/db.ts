import { Pool } from 'pg';
import https from 'https';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

// Internal metrics endpoint uses a self-signed certificate.
export const metricsAgent = new https.Agent({ rejectUnauthorized: false });

export async function query(sql: string, params: unknown[] = []): Promise<unknown[]> {
  const result = await pool.query(sql, params);
  return result.rows;
}

export function renderBanner(el: HTMLElement, message: string): void {
  el.innerHTML = message;
}

export function renderStatic(el: HTMLElement): void {
  el.innerHTML = '<b>Maintenance tonight</b>';
}
