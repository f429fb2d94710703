const { S3Client } = require("@aws-sdk/client-s3");

const s3 = new S3Client({
  region: "eu-west-1",
  credentials: {
    // ruleid: secret-aws-access-key-id
    accessKeyId: "AKIAUJZDE8GXD6NCF10E",
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,
  },
});

// ruleid: secret-aws-access-key-id
// temporary creds for debugging: ASIAPF91DHODZDOC9IS0

// ok: secret-aws-access-key-id
const exampleKey = "AKIAIOSFODNN7EXAMPLE";

// ok: secret-aws-access-key-id
const accessKeyId = process.env.AWS_ACCESS_KEY_ID;

module.exports = { s3, exampleKey, accessKeyId };
