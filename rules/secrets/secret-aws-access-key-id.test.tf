provider "aws" {
  region     = "us-east-1"
  # ruleid: secret-aws-access-key-id
  access_key = "AKIAUJZDE8GXD6NCF10E"
  secret_key = var.aws_secret_key
}

provider "aws" {
  alias  = "audit"
  region = "us-east-1"
  # ok: secret-aws-access-key-id
  access_key = var.audit_access_key
}
