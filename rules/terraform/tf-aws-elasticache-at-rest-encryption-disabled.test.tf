resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  # ruleid: tf-aws-elasticache-at-rest-encryption-disabled
  at_rest_encryption_enabled = false
}

# ruleid: tf-aws-elasticache-at-rest-encryption-disabled
resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "cache"
  description                = "page cache"
  engine                     = "redis"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  snapshot_retention_limit   = 7
}

resource "aws_elasticache_replication_group" "secure" {
  replication_group_id       = "secure"
  description                = "tokens"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  # ok: tf-aws-elasticache-at-rest-encryption-disabled
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.cache.arn
}

# ok: tf-aws-elasticache-at-rest-encryption-disabled
resource "aws_elasticache_replication_group" "valkey" {
  replication_group_id       = "valkey"
  description                = "valkey cache"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "configurable" {
  replication_group_id       = var.name
  description                = "module managed"
  node_type                  = var.node_type
  # ok: tf-aws-elasticache-at-rest-encryption-disabled
  at_rest_encryption_enabled = var.encrypt_at_rest
}
