resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  # ruleid: tf-aws-elasticache-transit-encryption-disabled
  transit_encryption_enabled = true
}

# ruleid: tf-aws-elasticache-transit-encryption-disabled
resource "aws_elasticache_replication_group" "cache" {
  replication_group_id = "cache"
  description          = "page cache"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 1
  subnet_group_name    = aws_elasticache_subnet_group.cache.name
}

resource "aws_elasticache_replication_group" "secure" {
  replication_group_id       = "secure"
  description                = "tokens"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  # ok: tf-aws-elasticache-transit-encryption-disabled
  transit_encryption_enabled = true
  auth_token                 = var.redis_auth_token
}

resource "aws_elasticache_replication_group" "configurable" {
  replication_group_id       = var.name
  description                = "module managed"
  node_type                  = var.node_type
  # ok: tf-aws-elasticache-transit-encryption-disabled
  transit_encryption_enabled = var.transit_encryption
}
