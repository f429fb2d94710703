resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    instance_type  = "r6g.large.search"
    instance_count = 3
  }

  node_to_node_encryption {
    # ruleid: tf-aws-opensearch-node-to-node-encryption-disabled
    enabled = true
  }
}

# ruleid: tf-aws-opensearch-node-to-node-encryption-disabled
resource "aws_elasticsearch_domain" "search" {
  domain_name           = "search"
  elasticsearch_version = "7.10"

  ebs_options {
    ebs_enabled = true
    volume_size = 100
  }
}

resource "aws_opensearch_domain" "secure" {
  domain_name    = "secure"
  engine_version = "OpenSearch_2.13"

  node_to_node_encryption {
    # ok: tf-aws-opensearch-node-to-node-encryption-disabled
    enabled = true
  }

  encrypt_at_rest {
    enabled = true
  }
}

# ok: tf-aws-opensearch-node-to-node-encryption-disabled
resource "aws_opensearch_domain_policy" "secure" {
  domain_name     = aws_opensearch_domain.secure.domain_name
  access_policies = data.aws_iam_policy_document.search.json
}

resource "aws_opensearch_domain" "configurable" {
  domain_name    = var.domain_name
  engine_version = var.engine_version

  node_to_node_encryption {
    # ok: tf-aws-opensearch-node-to-node-encryption-disabled
    enabled = var.node_to_node_encryption
  }
}
