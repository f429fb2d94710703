resource "aws_cloudfront_distribution" "shop" {
  enabled = true
  aliases = ["shop.example.com"]

  origin {
    domain_name = aws_lb.shop.dns_name
    origin_id   = "alb"
  }

  default_cache_behavior {
    target_origin_id       = "alb"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.shop.arn
    ssl_support_method       = "sni-only"
    # ruleid: tf-aws-cloudfront-outdated-tls
    minimum_protocol_version = "TLSv1_2016"
  }
}

# ruleid: tf-aws-cloudfront-outdated-tls
resource "aws_cloudfront_distribution" "docs" {
  enabled = true
  aliases = ["docs.example.com"]

  origin {
    domain_name = aws_s3_bucket.docs.bucket_regional_domain_name
    origin_id   = "s3"
  }

  default_cache_behavior {
    target_origin_id       = "s3"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn = aws_acm_certificate.docs.arn
    ssl_support_method  = "sni-only"
  }
}

resource "aws_cloudfront_distribution" "api" {
  enabled = true

  origin {
    domain_name = aws_lb.api.dns_name
    origin_id   = "alb"
  }

  default_cache_behavior {
    target_origin_id       = "alb"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "https-only"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.api.arn
    ssl_support_method       = "sni-only"
    # ok: tf-aws-cloudfront-outdated-tls
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

# ok: tf-aws-cloudfront-outdated-tls
resource "aws_cloudfront_distribution" "preview" {
  enabled = true

  origin {
    domain_name = aws_s3_bucket.preview.bucket_regional_domain_name
    origin_id   = "s3"
  }

  default_cache_behavior {
    target_origin_id       = "s3"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}

resource "aws_cloudfront_distribution" "configurable" {
  enabled = true

  origin {
    domain_name = var.origin_domain
    origin_id   = "origin"
  }

  default_cache_behavior {
    target_origin_id       = "origin"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = var.certificate_arn
    ssl_support_method       = "sni-only"
    # ok: tf-aws-cloudfront-outdated-tls
    minimum_protocol_version = var.minimum_tls
  }
}
