resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"

  # ruleid: tf-aws-opensearch-https-not-enforced
  domain_endpoint_options {
    enforce_https = false
  }
}

resource "aws_elasticsearch_domain" "search" {
  domain_name           = "search"
  elasticsearch_version = "7.10"

  # ruleid: tf-aws-opensearch-https-not-enforced
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
  }
}

resource "aws_opensearch_domain" "secure" {
  domain_name    = "secure"
  engine_version = "OpenSearch_2.13"

  # ok: tf-aws-opensearch-https-not-enforced
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
}

resource "aws_opensearch_domain" "configurable" {
  domain_name    = var.domain_name
  engine_version = var.engine_version

  # ok: tf-aws-opensearch-https-not-enforced
  domain_endpoint_options {
    enforce_https       = var.enforce_https
    tls_security_policy = var.tls_policy
  }
}
